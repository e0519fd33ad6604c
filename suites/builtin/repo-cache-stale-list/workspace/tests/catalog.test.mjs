import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProductStore } from '../src/store.mjs';
import { Catalog } from '../src/catalog.mjs';

function setup() {
  const store = new ProductStore([
    { id: 'p1', name: 'Pen', priceCents: 150 },
    { id: 'p2', name: 'Pad', priceCents: 400 },
  ]);
  return { store, catalog: new Catalog(store) };
}

test('lists and gets products', () => {
  const { catalog } = setup();
  assert.deepEqual(catalog.listProducts().map((p) => p.id), ['p1', 'p2']);
  assert.equal(catalog.getProduct('p2').name, 'Pad');
  assert.equal(catalog.getProduct('nope'), undefined);
});

test('reads are cached', () => {
  const { store, catalog } = setup();
  catalog.listProducts();
  catalog.listProducts();
  catalog.getProduct('p1');
  catalog.getProduct('p1');
  assert.equal(store.reads.list, 1);
  assert.equal(store.reads.get, 1);
});

test('adding a product shows up in the list', () => {
  const { catalog } = setup();
  catalog.listProducts();
  catalog.addProduct({ id: 'p3', name: 'Ink', priceCents: 900 });
  assert.deepEqual(catalog.listProducts().map((p) => p.id), ['p1', 'p2', 'p3']);
});

test('updating a product refreshes getProduct', () => {
  const { catalog } = setup();
  catalog.getProduct('p1');
  catalog.updateProduct('p1', { priceCents: 175 });
  assert.equal(catalog.getProduct('p1').priceCents, 175);
});
