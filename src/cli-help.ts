/**
 * Commander's own words in the user's language: the titles and placeholders of --help, the notes after an
 * option's description, the help option and command, and commander's errors about the command line.
 * Configure the program with it before adding commands: they inherit it.
 */
import { Help, type Command } from 'commander';
import type { Words } from './i18n/index.js';
import { visibleLine } from './report/visible.js';

type HelpWord = keyof Words['cli']['help'];

function placeholders(text: string, w: Words): string {
  return text.replace('[options]', w.cli.help['[options]']).replace('[command]', w.cli.help['[command]']);
}

export function localiseHelp(program: Command, w: Words): Command {
  const base = new Help();
  return program
    .configureHelp({
      styleTitle: (title) => (title in w.cli.help ? w.cli.help[title as HelpWord] : title),
      commandUsage: (cmd) => placeholders(base.commandUsage(cmd), w),
      subcommandTerm: (cmd) => placeholders(base.subcommandTerm(cmd), w),
      optionDescription: (option) =>
        base
          .optionDescription(option)
          .replace('(choices: ', `(${w.cli.help.choices}: `)
          .replace(/([(]|, )default: /, (_, before: string) => `${before === '(' ? '(' : w.cli.help.then}${w.cli.help.default}: `)
          .replace(/([(]|, )preset: /, (_, before: string) => `${before === '(' ? '(' : w.cli.help.then}${w.cli.help.preset}: `),
    })
    .helpOption('-h, --help', w.cli.options.help)
    .helpCommand(`help ${w.cli.help['[command]']}`, w.cli.commands.help);
}

/** Commander's message about the command line, in the user's language; one it does not know passes as written. */
export function usageMessage(message: string, w: Words): string {
  const text = message.trimEnd();
  const u = w.cli.usage;
  // Commander quotes the arguments it refuses, which may hold any character: the message is made one
  // visible line (visibleLine) before it is read, and its suggestion, on a line of its own, kept apart.
  const suggestion = /\n\(Did you mean (?:one of )?([^\n]+)\?\)$/.exec(text);
  const first = visibleLine(suggestion ? text.slice(0, suggestion.index) : text);
  const hint = suggestion ? `\n${u.didYouMean(suggestion[1]!.split(', '))}` : '';
  let m: RegExpExecArray | null;
  if ((m = /^error: required option '(.+)' not specified$/.exec(first))) return `${u.requiredOption(m[1]!)}\n`;
  if ((m = /^error: option '(.+)' argument missing$/.exec(first))) return `${u.optionMissingArgument(m[1]!)}\n`;
  if ((m = /^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/.exec(first))) {
    return `${u.invalidChoice(m[1]!, m[2]!, m[3]!)}\n`;
  }
  if ((m = /^error: unknown option '(.+)'$/.exec(first))) return `${u.unknownOption(m[1]!)}${hint}\n`;
  if ((m = /^error: unknown command '(.+)'$/.exec(first))) return `${u.unknownCommand(m[1]!)}${hint}\n`;
  if ((m = /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(first))) {
    return `${u.tooManyArguments(m[1], Number(m[2]), Number(m[3]))}\n`;
  }
  return `${first}${hint}\n`;
}
