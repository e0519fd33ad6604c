const inventory = { banana: 3, 10: 'ten', apple: 1, 2: 'two', '-1': 'minus one', '01': 'zero one', 1.5: 'x' };

inventory.cherry = 7;
delete inventory.banana;
inventory.banana = 4;
inventory[0] = 'zero';

console.log(Object.keys(inventory).join(','));
