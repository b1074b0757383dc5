// Command lapkin turns an Excel workbook into the quarterly performance
// report (Laporan Kinerja Triwulanan) of an Indonesian local-government unit.
package main

import (
	"os"

	"github.com/lapkin/lapkin/internal/cli"
)

func main() {
	os.Exit(cli.Main())
}
