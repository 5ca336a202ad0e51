// The actorgraph command line: one command, with a subcommand for each job.
import yargs, { type CommandModule } from 'yargs';
import * as ingestCommand from './commands/ingest.js';
import * as removeCommand from './commands/remove.js';
import * as statsCommand from './commands/stats.js';
import * as exportCommand from './commands/export.js';
import * as cypherCommand from './commands/cypher.js';
import * as viewCommand from './commands/view.js';
import * as evalCommand from './commands/eval.js';
import { EXIT, reportFatal } from './errors.js';
import { packageVersion } from './version.js';

type Handler = (args: never) => Promise<number>;
interface Command { command: string; describe: string; builder: (y: never) => unknown; handler: Handler }

const COMMANDS: Command[] = [ingestCommand, removeCommand, statsCommand, cypherCommand, exportCommand, evalCommand, viewCommand] as unknown as Command[];

export async function main(argv: string[]): Promise<void> {
  let exitCode: number = EXIT.ok;
  // Output piped into `head` and the like: the reader leaving is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => { if (err.code === 'EPIPE') process.exit(exitCode); });
  const wrap = (c: Command): CommandModule => ({
    command: c.command,
    describe: c.describe,
    builder: c.builder as CommandModule['builder'],
    handler: async (args) => {
      try { exitCode = await c.handler(args as never); } catch (err) { exitCode = reportFatal(err); }
    },
  });
  let cli = yargs(argv)
    .scriptName('actorgraph')
    .usage('$0 <command> [options]\n\nBuild a graph of who supports, fights, besieges or calls whom terrorist, from news articles.')
    .strict()
    .demandCommand(1, 'name a command; see --help')
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version(packageVersion())
    .wrap(Math.min(110, process.stdout.columns ?? 100))
    .fail((msg, err) => {
      if (err) throw err;
      process.stderr.write(`actorgraph: ${msg}\nRun "actorgraph --help" for usage.\n`);
      process.exit(EXIT.fatal);
    });
  for (const c of COMMANDS) cli = cli.command(wrap(c));
  await cli.parseAsync();
  // Exit explicitly: the embedded database's native threads must not keep the process alive,
  // and this flushes stdout before leaving.
  process.stdout.write('', () => process.exit(exitCode));
}
