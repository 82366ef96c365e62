import { addScanned, shownUnitCost, EditorLine, headerFields, lineCost, linesTotal, normalizeCode, splitErrors, toLineInputs, totalQuantity } from './document-lines';

const pen = { id: 'p1', sku: 'PEN-1', name: 'Pen', unit: 'pcs' };
const pad = { id: 'p2', sku: 'PAD-1', name: 'Pad', unit: 'pcs' };

describe('document lines', () => {
  it('adds a new line with quantity 1 for a product not yet on the document', () => {
    const { lines, index } = addScanned([], pen);
    expect(lines).toEqual([{ productId: 'p1', sku: 'PEN-1', name: 'Pen', unit: 'pcs', quantity: 1, unitCost: null }]);
    expect(index).toBe(0);
  });

  it('increments the existing line of the scanned product instead of adding another', () => {
    let state = addScanned([], pen).lines;
    state = addScanned(state, pad).lines;
    const { lines, index } = addScanned(state, pen);
    expect(lines.length).toBe(2);
    expect(index).toBe(0);
    expect(lines[0].quantity).toBe(2);
    expect(lines[1].quantity).toBe(1);
    // the input is left untouched
    expect(state[0].quantity).toBe(1);
  });

  it('keeps the unit cost already entered on the line it increments', () => {
    const start: EditorLine[] = [{ productId: 'p1', sku: 'PEN-1', name: 'Pen', unit: 'pcs', quantity: 1.5, unitCost: 12.5 }];
    const { lines } = addScanned(start, pen);
    expect(lines[0]).toMatchObject({ quantity: 2.5, unitCost: 12.5 });
  });

  it('works out line costs and the total to kopecks', () => {
    expect(lineCost({ quantity: 3, unitCost: 10.1 })).toBe(30.3);
    expect(lineCost({ quantity: 3, unitCost: null })).toBeNull();
    expect(lineCost({ quantity: 3, unitCost: null, cost: 45 })).toBe(45);
    expect(linesTotal([{ quantity: 3, unitCost: 10.1 }, { quantity: 0.5, unitCost: 333.33 }, { quantity: 1, unitCost: null }])).toBe(196.97);
    expect(totalQuantity([{ quantity: 0.1 }, { quantity: 0.2 }])).toBe(0.3);
  });

  it('sends unit costs on receipts only', () => {
    const lines: EditorLine[] = [{ productId: 'p1', sku: 'PEN-1', name: 'Pen', unit: 'pcs', quantity: 2, unitCost: 7 }];
    expect(toLineInputs('receipt', lines)).toEqual([{ productId: 'p1', quantity: 2, unitCost: 7 }]);
    expect(toLineInputs('shipment', lines)).toEqual([{ productId: 'p1', quantity: 2, unitCost: null }]);
  });

  it('shows the header fields each kind needs', () => {
    expect(headerFields('transfer')).toEqual({ target: true, company: false, reason: false, unitCost: false });
    expect(headerFields('shipment').company).toBe(true);
    expect(headerFields('writeOff').reason).toBe(true);
    expect(headerFields('receipt').unitCost).toBe(true);
  });

  it('places server errors on lines and fields', () => {
    const { fields, lines } = splitErrors({
      'Lines[1].Quantity': ['Must be positive.'],
      'lines[1].unitCost': ['Required.'],
      WarehouseId: ['Choose a warehouse.'],
    });
    expect(lines).toEqual({ 1: 'Must be positive. Required.' });
    expect(fields).toEqual({ warehouseId: 'Choose a warehouse.' });
  });

  it('trims a scanned code', () => {
    expect(normalizeCode('  4600000000001\n')).toBe('4600000000001');
  });

  it('shows a posted line cost per unit moved, the difference on a count', () => {
    expect(shownUnitCost({ quantity: 8, unitCost: null, cost: -20, difference: -2 })).toBe(10);
    expect(shownUnitCost({ quantity: 4, unitCost: null, cost: 30, difference: null })).toBe(7.5);
    expect(shownUnitCost({ quantity: 4, unitCost: 12, cost: 48 })).toBe(12);
    expect(shownUnitCost({ quantity: 5, unitCost: null, cost: 0, difference: 0 })).toBeNull();
  });
});
