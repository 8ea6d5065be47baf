// `leakgate completion bash|zsh|fish`: completion scripts for the commands and their options,
// built from the same option lists the parser uses, so they cannot drift apart.
import { COMMON_OPTIONS, IGNORE_OPTION } from './options.js';
import { COMMANDS } from './usage-errors.js';

type Shell = 'bash' | 'zsh' | 'fish';

const flags = (names: readonly string[]): string[] => names.map((name) => `--${name}`);
const common = COMMON_OPTIONS.filter((spec) => spec.hidden !== true).map((spec) => spec.name);

/** The options each command takes (beyond --help). */
const OPTIONS: Record<string, readonly string[]> = {
  scan: flags([...common, IGNORE_OPTION.name, 'no-ignore', 'exit-code']),
  staged: flags([...common, 'exit-code']),
  history: flags([...common, 'since', 'route', 'log-opts', 'exit-code']),
  baseline: flags([...common, 'history', 'range', 'prune', 'prune-reviewed', 'no-ignore', 'import']),
  audit: flags([...common, 'history', 'all']),
  init: flags(['husky', 'git', 'pre-commit', 'lefthook', 'force']),
  rules: ['list', 'check', '--format', '--config'],
  completion: ['bash', 'zsh', 'fish'],
  version: [],
};

const bash = (): string => `# leakgate completion for bash: leakgate completion bash >> ~/.bashrc
_leakgate() {
  local cur=\${COMP_WORDS[COMP_CWORD]} words
  if [ "$COMP_CWORD" -eq 1 ]; then
    words="${COMMANDS.join(' ')} --help --version"
  else
    case "\${COMP_WORDS[1]}" in
${COMMANDS.map((command) => `      ${command}) words="${(OPTIONS[command] ?? []).join(' ')}" ;;`).join('\n')}
    esac
  fi
  if [[ "$cur" == -* || "$COMP_CWORD" -eq 1 ]]; then
    COMPREPLY=( $(compgen -W "$words" -- "$cur") )
  else
    COMPREPLY=( $(compgen -W "$words" -f -- "$cur") )
  fi
}
complete -o default -F _leakgate leakgate
`;

// zsh runs bash completion functions through bashcompinit.
const zsh = (): string => `# leakgate completion for zsh: leakgate completion zsh >> ~/.zshrc
autoload -U +X compinit && compinit
autoload -U +X bashcompinit && bashcompinit
${bash().split('\n').slice(1).join('\n')}`;

const fish = (): string =>
  [
    '# leakgate completion for fish: leakgate completion fish > ~/.config/fish/completions/leakgate.fish',
    'complete -c leakgate -f',
    `complete -c leakgate -n __fish_use_subcommand -a "${COMMANDS.join(' ')}"`,
    ...COMMANDS.flatMap((command) =>
      (OPTIONS[command] ?? []).map((word) =>
        word.startsWith('--')
          ? `complete -c leakgate -n "__fish_seen_subcommand_from ${command}" -l ${word.slice(2)}`
          : `complete -c leakgate -n "__fish_seen_subcommand_from ${command}" -a ${word}`,
      ),
    ),
    'complete -c leakgate -n "__fish_seen_subcommand_from scan baseline rules" -F',
    '',
  ].join('\n');

export const completionScript = (shell: Shell): string => (shell === 'bash' ? bash() : shell === 'zsh' ? zsh() : fish());
