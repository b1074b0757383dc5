package report

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/draw"
	_ "image/gif" // logo formats a workbook may hold
	_ "image/jpeg"
	"image/png"
)

// maxPiksel limits the logo's size in pixels (decoding cost and memory).
const maxPiksel = 25_000_000

// normalizeImage decodes a picture (PNG, JPEG or GIF) and re-encodes it
// as an 8-bit non-interlaced PNG, a form fpdf always reads (it refuses
// interlaced and 16-bit PNGs). Encoding is deterministic.
func normalizeImage(data []byte) ([]byte, int, int, error) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, 0, 0, errors.New("format gambar tidak dikenal; gunakan PNG atau JPEG")
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > maxPiksel {
		return nil, 0, 0, fmt.Errorf("ukuran gambar %d×%d piksel terlalu besar", cfg.Width, cfg.Height)
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, 0, 0, fmt.Errorf("gambar %s rusak", format)
	}
	b := img.Bounds()
	rgba := image.NewNRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(rgba, rgba.Bounds(), img, b.Min, draw.Src)
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.DefaultCompression}).Encode(&buf, rgba); err != nil {
		return nil, 0, 0, err
	}
	return buf.Bytes(), b.Dx(), b.Dy(), nil
}
