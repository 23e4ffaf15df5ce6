import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'models/', 'bench/cache/', 'bench/results/', 'coverage/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through src/config.ts.' }],
    },
  },
  { files: ['src/config.ts', 'test/**', 'scripts/**'], rules: { 'no-restricted-properties': 'off' } },
  // Dependencies run one way: corpus → text → translate → embed → index → retrieval → answer → state (the bot's own records) → discord/cli.
  ...layers(['corpus', 'text', 'translate', 'embed', 'index', 'retrieval', 'answer', 'state'], ['discord', 'cli', 'bench', 'eval']),
  // Last, so that it turns off every rule Prettier's formatting could contradict.
  prettier,
);

/** For each layer, an error on imports from any layer after it (or from the front ends). */
function layers(order, frontEnds) {
  return order.map((layer, i) => ({
    files: [`src/${layer}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...order.slice(i + 1), ...frontEnds].flatMap((later) => [`../${later}/*`, `../../${later}/*`]),
              message: 'Dependencies run corpus → text → embed → index → retrieval → answer → discord/cli.',
            },
          ],
        },
      ],
    },
  }));
}
