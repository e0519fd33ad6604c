/** In-memory stand-in for the product database. Returns copies, never its own objects. */
export class ProductStore {
  constructor(products = []) {
    this.rows = new Map(products.map((p) => [p.id, { ...p }]));
    this.reads = { get: 0, list: 0 };
  }

  get(id) {
    this.reads.get++;
    const row = this.rows.get(id);
    return row ? { ...row } : undefined;
  }

  list() {
    this.reads.list++;
    return [...this.rows.values()].map((row) => ({ ...row }));
  }

  insert(product) {
    if (this.rows.has(product.id)) throw new Error(`duplicate id ${product.id}`);
    this.rows.set(product.id, { ...product });
  }

  update(id, patch) {
    const row = this.rows.get(id);
    if (!row) throw new Error(`no product ${id}`);
    this.rows.set(id, { ...row, ...patch, id });
  }

  remove(id) {
    this.rows.delete(id);
  }
}
