//go:build windows

package cli

import (
	"unsafe"

	"golang.org/x/sys/windows"
)

// osConsole asks Windows which processes share the console.
type osConsole struct{}

var procGetConsoleProcessList = windows.NewLazySystemDLL("kernel32.dll").NewProc("GetConsoleProcessList")

// ownWindow: GetConsoleProcessList returns how many processes are
// attached to the console. Started from cmd.exe or PowerShell, the shell
// is attached too (2 or more); started by Explorer (double-click, files
// dropped on the icon), the console was made for this process alone (1).
func (osConsole) ownWindow() bool {
	if procGetConsoleProcessList.Find() != nil {
		return false
	}
	var ids [4]uint32
	n, _, _ := procGetConsoleProcessList.Call(uintptr(unsafe.Pointer(&ids[0])), uintptr(len(ids)))
	return n == 1
}
