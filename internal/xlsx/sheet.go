package xlsx

// ReadSheet streams a worksheet into a grid, within the workbook's
// budget. Every failure is an *Error naming the sheet.
func (w *Workbook) ReadSheet(s Sheet) (*Grid, error) {
	rc, err := w.pkg.Open(s.Path)
	if err != nil {
		return nil, errorf("berkas rusak: lembar %s tidak dapat dibuka (%s); buka dan simpan ulang di Excel", s.Name, xmlMessage(err))
	}
	if rc == nil {
		return nil, errorf("berkas rusak: isi lembar %s tidak ada di dalam berkas; buka dan simpan ulang di Excel", s.Name)
	}
	defer rc.Close()
	g, err := ReadGrid(rc, w.sst, w.pkg.budget)
	if err != nil {
		if e, ok := err.(*Error); ok {
			return nil, errorf("lembar %s: %s", s.Name, e.Reason)
		}
		return nil, errorf("berkas rusak: isi lembar %s tidak dapat dibaca (%s); buka dan simpan ulang di Excel", s.Name, xmlMessage(err))
	}
	return g, nil
}
