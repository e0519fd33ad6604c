// Weighted prefix autocomplete backed by a trie.

class Node {
  children = new Map();
  weight = 0; // > 0 when a word ends here
}

export class Autocomplete {
  #root = new Node();
  #size = 0;

  add(word, weight = 1) {
    if (typeof word !== 'string' || word === '') throw new TypeError('word must be a non-empty string');
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0) {
      throw new TypeError('weight must be a positive number');
    }
    let node = this.#root;
    for (const ch of word) {
      if (!node.children.has(ch)) node.children.set(ch, new Node());
      node = node.children.get(ch);
    }
    if (node.weight === 0) this.#size++;
    node.weight += weight;
    return this;
  }

  #nodeFor(text) {
    let node = this.#root;
    for (const ch of text) {
      node = node.children.get(ch);
      if (!node) return undefined;
    }
    return node;
  }

  remove(word) {
    if (typeof word !== 'string' || word === '') return false;
    const path = [this.#root];
    for (const ch of word) {
      const next = path[path.length - 1].children.get(ch);
      if (!next) return false;
      path.push(next);
    }
    const node = path[path.length - 1];
    if (node.weight === 0) return false;
    node.weight = 0;
    this.#size--;
    const chars = [...word];
    for (let i = path.length - 1; i > 0; i--) {
      const n = path[i];
      if (n.weight > 0 || n.children.size > 0) break;
      path[i - 1].children.delete(chars[i - 1]);
    }
    return true;
  }

  weightOf(word) {
    const node = typeof word === 'string' ? this.#nodeFor(word) : undefined;
    return node ? node.weight : 0;
  }

  get size() {
    return this.#size;
  }

  suggest(prefix, limit = 5) {
    if (!Number.isInteger(limit) || limit < 0) throw new RangeError('limit must be a non-negative integer');
    const start = this.#nodeFor(prefix);
    if (!start || limit === 0) return [];
    const found = [];
    const walk = (node, text) => {
      if (node.weight > 0) found.push([text, node.weight]);
      for (const [ch, child] of node.children) walk(child, text + ch);
    };
    walk(start, prefix);
    found.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
    return found.slice(0, limit).map(([text]) => text);
  }
}
