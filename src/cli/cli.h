// The command line: argument parsing (CLI11, whose exceptions stop here),
// dispatch to the commands, one error line and an exit code.
//
// Exit codes: 0 success, 1 bad input or failure, 2 usage error.
#ifndef LADDERMERGE_CLI_CLI_H_
#define LADDERMERGE_CLI_CLI_H_

namespace laddermerge {

// Runs laddermerge with the process arguments and returns the exit code.
int RunCommandLine(int argc, char** argv);

}  // namespace laddermerge

#endif  // LADDERMERGE_CLI_CLI_H_
