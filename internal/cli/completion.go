package cli

import (
	"strings"

	"github.com/spf13/cobra"
)

func init() {
	register(func(e *env) *cobra.Command {
		return &cobra.Command{
			Use:   "completion bash|zsh|fish|powershell",
			Short: "tulis skrip pelengkapan otomatis (Tab) untuk shell",
			Long: `Menulis skrip pelengkapan otomatis untuk shell yang disebut: setelah dipasang,
tombol Tab melengkapi perintah, opsi dan nama berkas lapkin.`,
			Example: `  # bash (sekali, untuk pengguna ini):
  lapkin completion bash > ~/.local/share/bash-completion/completions/lapkin
  # zsh:
  lapkin completion zsh > "${fpath[1]}/_lapkin"
  # fish:
  lapkin completion fish > ~/.config/fish/completions/lapkin.fish
  # PowerShell (tambahkan ke $PROFILE):
  lapkin completion powershell | Out-String | Invoke-Expression`,
			ValidArgs: []string{"bash", "zsh", "fish", "powershell"},
			Args: func(cmd *cobra.Command, args []string) error {
				if len(args) != 1 {
					return usageErr("completion memerlukan tepat satu nama shell: bash, zsh, fish atau powershell (diberikan %d)", len(args))
				}
				return nil
			},
			RunE: func(cmd *cobra.Command, args []string) error {
				root := cmd.Root()
				switch strings.ToLower(args[0]) {
				case "bash":
					return root.GenBashCompletionV2(e.stdout, true)
				case "zsh":
					return root.GenZshCompletion(e.stdout)
				case "fish":
					return root.GenFishCompletion(e.stdout, true)
				case "powershell", "pwsh":
					return root.GenPowerShellCompletionWithDesc(e.stdout)
				}
				return usageErr("shell %q tidak dikenal; pilih bash, zsh, fish atau powershell", args[0])
			},
		}
	})
}
