// The CLI's usage text: what `--help` prints, loaded without any command's code.

export const MONITOR_USAGE = `sdlc-gate monitor [--repo DIR] [--policy PATH] [--ref REF]... [--now ISO-8601] [--state FILE]
                  [--format text|json|markdown] [--output FILE]`;

export const USAGE = `Usage:
  sdlc-gate check [--repo DIR] [--policy PATH] [--base REF] [--head REF] [--event FILE]
                  [--reviews FILE] [--teams FILE] [--commits FILE] [--format text|json|markdown] [--output FILE]
  sdlc-gate validate [--repo DIR] [--policy PATH]
  sdlc-gate trace [--repo DIR] [--policy PATH] [--gate ID] [--format markdown|csv|json|html] [--output FILE] [--base REF] [--repo-url URL]
  sdlc-gate vex [--repo DIR] [--policy PATH] [--gate ID] [--output FILE]
  sdlc-gate release [--repo DIR] [--policy PATH] --tag TAG [--previous TAG] [--output DIR]
  ${MONITOR_USAGE}
  sdlc-gate schema

Exit status: 0 pass, 1 a gate failed or errored, 2 bad usage or an invalid policy.`;
