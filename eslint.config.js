// Lint: typescript-eslint's recommended rules (syntax only; `tsc` already type-checks everything), and the
// dependency direction of STYLE.md, so that an import against it fails CI.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/ (STYLE.md, "The shape"), and what each may import besides its own files and the
 * leaves. `cli.ts` may import anything and is not listed. A file in none of these places can be imported
 * only by cli.ts and commands/: put it in a layer first.
 */
const leaves = ['model', 'profiles', 'errors', 'domain', 'i18n'];
const layers = {
  commands: { paths: ['src/commands'], mayImport: ['run', 'config', 'io', 'evaluate', 'evaluation', 'checks', 'score', 'report'] },
  run: { paths: ['src/run.ts'], mayImport: ['config', 'io', 'evaluate', 'evaluation', 'checks', 'score'] },
  config: { paths: ['src/config.ts'], mayImport: ['io'] },
  // Reading inputs, dossier registers (io/dossiers/) included, and writing files.
  io: { paths: ['src/io'], mayImport: [] },
  // The pure core: settings in, result out.
  evaluate: { paths: ['src/evaluate.ts', 'src/trend.ts'], mayImport: ['evaluation', 'checks', 'score'] },
  // The evaluation machinery beside evaluate.ts (distinct procedures, verdicts, deadlines, suggestions).
  evaluation: { paths: ['src/evaluation'], mayImport: ['checks', 'score'] },
  checks: { paths: ['src/checks'], mayImport: ['evaluation'] },
  score: { paths: ['src/score'], mayImport: ['evaluation'] },
  report: { paths: ['src/report'], mayImport: [] },
  // The model, its findings, and the 766 scorecard's part of it (SPEC §12).
  model: { paths: ['src/model.ts', 'src/model-issues.ts', 'src/model-score.ts'], mayImport: [] },
  // The targets and settings of each profile: data, beside the model.
  profiles: { paths: ['src/profiles.ts'], mayImport: [] },
  errors: { paths: ['src/errors.ts'], mayImport: [] },
  domain: { paths: ['src/domain'], mayImport: [] },
  i18n: { paths: ['src/i18n'], mayImport: [] },
};
/** Layers that never touch the file system, processes, commander, `process` or the clock. */
const pure = ['evaluate', 'evaluation', 'checks', 'score', 'report', 'model', 'profiles', 'errors', 'domain', 'i18n'];
/** Layers that do I/O but leave argv, the environment, the exit code and the output streams to the CLI. */
const quiet = ['run', 'config', 'io'];

const globsOf = (names) => names.flatMap((name) => layers[name].paths.map((path) => (path.endsWith('.ts') ? path : `${path}/**`)));

const directionZones = Object.entries(layers).map(([name, { paths, mayImport }]) => {
  const allowed = [...new Set([name, ...mayImport, ...leaves])];
  return {
    target: paths.map((path) => `./${path}`),
    from: './src',
    except: allowed.flatMap((layer) => layers[layer].paths).map((path) => `./${path.slice('src/'.length)}`),
    message: `${name} may import only ${allowed.join(', ')} (STYLE.md, dependency direction; layers in eslint.config.js).`,
  };
});

const impureModules = ['fs', 'fs/promises', 'child_process', 'worker_threads', 'process'].flatMap((name) => [name, `node:${name}`]);
const impureMessage = 'The pure layers get their inputs passed in: no file system, processes, commander or process (STYLE.md).';
const clockMessage = 'The pure layers never read the clock: take `asOf` as an argument (STYLE.md).';

export default defineConfig(
  { ignores: ['dist/', 'bench-data/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      // As tsc's noUnusedLocals: `const { dropped: _, ...kept } = x` is how a field is left out.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
    },
  },
  {
    // Zones are checked on the file an import resolves to (a `.js` specifier finds its `.ts` source), so
    // `../io/x.js`, `../../io/dossiers/y.js`, `export … from` and `import()` are all caught. An import
    // the resolver cannot follow would escape the zones: no-unresolved makes that an error instead.
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensionAlias: { '.js': ['.ts', '.js'] } })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: directionZones }],
      'import-x/no-unresolved': ['error', { ignore: ['^@duckdb/node-api$'] }],
    },
  },
  {
    files: globsOf(pure),
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [...impureModules, 'commander'].map((name) => ({ name, message: impureMessage })),
          patterns: [{ regex: '(^|/)config\\.js$', allowTypeImports: true, message: 'Pure code may use the types of config.ts, not its loader.' }],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: impureMessage }],
      'no-restricted-properties': [
        'error',
        { object: 'globalThis', property: 'process', message: impureMessage },
        { object: 'Date', property: 'now', message: clockMessage },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'NewExpression[callee.name="Date"][arguments.length=0]', message: clockMessage },
        // no-restricted-imports does not look at import(): a lazy import of the same modules is caught here.
        {
          selector: `ImportExpression[source.value=/^(node:)?(fs|fs\\u002Fpromises|child_process|worker_threads|process)$|^commander$/]`,
          message: impureMessage,
        },
      ],
    },
  },
  {
    files: globsOf(quiet),
    rules: {
      'no-restricted-properties': [
        'error',
        ...['argv', 'env', 'exit', 'exitCode', 'stdin', 'stdout', 'stderr'].map((property) => ({
          object: 'process',
          property,
          message: 'Only cli.ts and commands/ touch argv, the environment, the exit code and the output streams (STYLE.md).',
        })),
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli.ts', 'src/commands/**'],
    rules: { 'no-console': ['error'] },
  },
);
