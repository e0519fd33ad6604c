import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildToc, extractHeadings, slugifyHeading } from '../toc.mjs';

test('nested list relative to the smallest kept level', () => {
  const md = '## Install\n### From npm\n## Usage\n#### Deep';
  assert.equal(buildToc(md), '- [Install](#install)\n  - [From npm](#from-npm)\n- [Usage](#usage)\n    - [Deep](#deep)');
});

test('repeated headings get -1, -2', () => {
  const md = '# Notes\n## Example\n## Example\n## Example';
  assert.equal(buildToc(md), '- [Notes](#notes)\n  - [Example](#example)\n  - [Example](#example-1)\n  - [Example](#example-2)');
});

test('filtered headings still reserve anchors', () => {
  const md = '# API\n## Options\n### Options\n## Options';
  assert.equal(buildToc(md, { maxLevel: 2 }), '- [API](#api)\n  - [Options](#options)\n  - [Options](#options-2)');
  assert.equal(buildToc(md, { minLevel: 3 }), '- [Options](#options-1)');
});

test('suffixed slugs never collide', () => {
  const md = '# A 1\n# A\n# A';
  assert.equal(buildToc(md), '- [A 1](#a-1)\n- [A](#a)\n- [A](#a-2)');
  const md2 = '# A\n# A\n# A 1';
  assert.equal(buildToc(md2), '- [A](#a)\n- [A](#a-1)\n- [A 1](#a-1-1)');
});

test('code fences and empty results', () => {
  const md = '# Real\n```\n# not a heading\n```\n## Also real';
  assert.equal(buildToc(md), '- [Real](#real)\n  - [Also real](#also-real)');
  assert.equal(buildToc('no headings here'), '');
  assert.equal(buildToc('# Title', { minLevel: 2 }), '');
});

test('helpers unchanged', () => {
  assert.deepEqual(extractHeadings('## Hi ##'), [{ level: 2, text: 'Hi' }]);
  assert.equal(slugifyHeading('What’s new? (v2)'), 'whats-new-v2');
});
