/**
 * The `safeshare` command line: subcommand dispatch. Each command is one entry in COMMANDS.
 */
import { AGREEMENT_USAGE, runAgreement } from "./agreementCommand";
import { CHECK_USAGE, runCheck } from "./checkCommand";
import { DETECT_USAGE, runDetect } from "./detectCommand";
import { EXIT, type CommandIo } from "./io";
import { RECORDS_USAGE, runRecords } from "./records/recordsCommand";
import { runScan, SCAN_USAGE } from "./scanCommand";

export interface Command {
  /** One line for the command list in `safeshare --help`. */
  summary: string;
  usage: string;
  run(args: readonly string[], io: CommandIo): Promise<number>;
}

export const COMMANDS: Readonly<Record<string, Command>> = {
  detect: {
    summary: "find personal data in JSON lines {id, text} read from stdin",
    usage: DETECT_USAGE,
    run: (args, io) => {
      if (args.length > 0) return Promise.resolve(unknownArgs("detect", args, io));
      return runDetect(io.stdin, io);
    },
  },
  agreement: { summary: "validate agreements (lint DIR|FILE…), print one's routing table (show [FILE]) or start one (new)", usage: AGREEMENT_USAGE, run: runAgreement },
  scan: { summary: "check messages in JSON lines read from stdin against the agreement", usage: SCAN_USAGE, run: (args, io) => runScan(args, io) },
  check: { summary: "check .eml files against the agreement (exit 0 pass, 1 warn, 2 block)", usage: CHECK_USAGE, run: (args, io) => runCheck(args, io) },
  records: { summary: "report the sharing records of sent .eml and .msg files (CSV, HTML for IG staff)", usage: RECORDS_USAGE, run: (args, io) => runRecords(args, io) },
};

export function usage(): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((n) => n.length));
  const lines = names.map((n) => `  ${n.padEnd(width)}  ${COMMANDS[n]?.summary ?? ""}`);
  return ["Usage: safeshare <command> [options]", "", "Commands:", ...lines, "", "Run 'safeshare <command> --help' for a command's options."].join("\n");
}

function isHelp(arg: string | undefined): boolean {
  return arg === "-h" || arg === "--help" || arg === "help";
}

function unknownArgs(command: string, args: readonly string[], io: CommandIo): number {
  io.stderr.write(`safeshare ${command}: unknown argument '${args[0]}'\n\n${COMMANDS[command]?.usage ?? usage()}\n`);
  return EXIT.usage;
}

/** Runs `safeshare <args>`; resolves to the exit status. Help asked for goes to stdout with 0;
 * a missing or unknown command prints usage on stderr with 3. */
export async function main(args: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = args;
  if (isHelp(name)) {
    io.stdout.write(usage() + "\n");
    return EXIT.ok;
  }
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    io.stderr.write((name === undefined ? "" : `safeshare: unknown command '${name}'\n\n`) + usage() + "\n");
    return EXIT.usage;
  }
  // Only flags ask a command for help: a word "help" may be an argument (a file name).
  if (rest.some((a) => a === "-h" || a === "--help")) {
    io.stdout.write(command.usage + "\n");
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    io.stderr.write(`safeshare ${name}: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return EXIT.internal;
  }
}
