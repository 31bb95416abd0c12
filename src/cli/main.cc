// The laddermerge binary. All work happens in RunCommandLine.
#include "cli/cli.h"

int main(int argc, char** argv) {
  return laddermerge::RunCommandLine(argc, argv);
}
