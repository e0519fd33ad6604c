import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProductStore } from '../src/store.mjs';
import { Catalog } from '../src/catalog.mjs';

const make = () => {
  const store = new ProductStore([{ id: 'p1', name: 'Pen', priceCents: 150 }, { id: 'p2', name: 'Pad', priceCents: 400 }]);
  return { store, catalog: new Catalog(store) };
};

test('issue: listProducts reflects updates', () => {
  const { catalog } = make();
  catalog.listProducts();
  catalog.updateProduct('p1', { priceCents: 175 });
  assert.equal(catalog.listProducts()[0].priceCents, 175);
});

test('issue: listProducts reflects removals', () => {
  const { catalog } = make();
  catalog.listProducts();
  catalog.removeProduct('p1');
  assert.deepEqual(catalog.listProducts().map((p) => p.id), ['p2']);
  assert.equal(catalog.getProduct('p1'), undefined);
});

test('issue: the list is re-read once after a write, then cached again', () => {
  const { store, catalog } = make();
  catalog.listProducts();
  catalog.updateProduct('p2', { name: 'Notepad' });
  catalog.listProducts();
  catalog.listProducts();
  assert.equal(store.reads.list, 2);
});

test('a write does not evict unrelated products', () => {
  const { store, catalog } = make();
  catalog.getProduct('p2');
  catalog.updateProduct('p1', { priceCents: 1 });
  catalog.removeProduct('p1');
  catalog.getProduct('p2');
  assert.equal(store.reads.get, 1);
});
