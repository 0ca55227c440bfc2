// ESLint flat config. Lives under .config/ so the top level stays the agreed layout;
// `npm run lint` points at it. Page text is hostile: no-unsanitized is an error everywhere.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'document', property: 'write', message: 'Page text is hostile: build nodes instead.' },
        { object: 'document', property: 'writeln', message: 'Page text is hostile: build nodes instead.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Page text is hostile: render it as text.',
        },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: the default CSP forbids it.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: the default CSP forbids it.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure core and the shared contract sit below extraction and the extension's shells
    // (their tests may run real extraction over saved pages).
    files: ['src/core/**/*.{ts,tsx}', 'src/contract/**/*.ts'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/extract/**', '**/background/**', '**/content/**', '**/popup/**', '**/options/**', '**/storage/**'], message: 'core and contract import nothing from extraction or the extension contexts.' },
            { group: ['webextension-polyfill'], message: 'core is browser-free.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/messages.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
);
