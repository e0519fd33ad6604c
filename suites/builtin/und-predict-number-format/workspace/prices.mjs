const prices = [1.005, 2.345, 8.125, 10.235];
console.log(prices.map((p) => p.toFixed(2)).join(' '));
console.log(['10', '10', '10', '10'].map(parseInt).join(' '));
console.log(0.1 + 0.2, 0.1 * 3, 1e21, 2 ** 53 + 1, 123.0);
console.log(parseInt(0.0000005), parseFloat('3.14abc'), Number('12px'), Number(''), +[], +'0x1f');
console.log((255).toString(16), (0.5).toString(2), -7 % 3, Math.round(-2.5), Math.round(2.5));
