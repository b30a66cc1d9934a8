#!/bin/sh
# rewardhack hook for Claude Code (Stop and PostToolUse; see ../settings.json): feeds reward hacks in the changed
# files back to the agent.
#
# Claude Code's contract: exit 0 = nothing to say (stdout is not shown to the agent); exit 2 = blocking, stderr is
# shown to the agent (on Stop the agent keeps working; on PostToolUse the edit stands, the agent reads why it is wrong);
# any other exit = a non-blocking error shown to the user only.
#   scan exit 0 -> exit 0 silently
#   scan exit 1 -> the agent-format findings on stderr, exit 2; but when the agent is already continuing because of a
#                  Stop hook ("stop_hook_active": true) -> exit 1: it gets one chance to fix them, then the user sees
#                  the findings instead of the agent looping
#   scan exit 2, 3 or no scanner -> the scanner's message on stderr, exit 1 (a setup problem for the user)
# REWARDHACK overrides the command (split on spaces, e.g. REWARDHACK="dotnet /path/to/rewardhack.dll").

rewardhack=${REWARDHACK:-rewardhack}
project=${CLAUDE_PROJECT_DIR:-.}

# The hook's input: one JSON object on standard input.
event=$(cat)
case $event in
    *'"stop_hook_active":true'* | *'"stop_hook_active": true'*) again=1 ;;
    *) again=0 ;;
esac

if git -C "$project" rev-parse --verify --quiet HEAD >/dev/null 2>&1; then
    set -- --changed-since HEAD
else
    set --
fi

# shellcheck disable=SC2086 # $rewardhack may be a command with arguments.
report=$($rewardhack scan "$project" "$@" --format agent --no-progress 2>&1)
status=$?

case $status in
    0)
        exit 0
        ;;
    1)
        printf '%s\n' "$report" >&2
        if [ "$again" = 1 ]; then
            exit 1
        fi
        exit 2
        ;;
    *)
        printf 'rewardhack could not scan (exit code %s):\n%s\n' "$status" "$report" >&2
        exit 1
        ;;
esac
