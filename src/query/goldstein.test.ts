import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cameoQuadClass, cameoRootCode, goldsteinScale } from './goldstein.ts';

test('every CAMEO root code from 01 to 20 has a Goldstein value between -10 and +10', () => {
  for (let root = 1; root <= 20; root++) {
    const value = goldsteinScale(String(root).padStart(2, '0'));
    assert.ok(value !== undefined && value >= -10 && value <= 10, `root code ${root}: ${value}`);
  }
});

test('known values of the published table: signing a formal agreement 8.0, a visit 1.9, criticism -2.0, mass killings -10', () => {
  assert.equal(goldsteinScale('057'), 8);
  assert.equal(goldsteinScale('042'), 1.9);
  assert.equal(goldsteinScale('111'), -2);
  assert.equal(goldsteinScale('202'), -10);
});

test('a code the table does not list takes its parent value, and a four-digit code scored apart keeps its own', () => {
  assert.equal(goldsteinScale('0571'), goldsteinScale('057'));
  assert.equal(goldsteinScale('0311'), 5.2);
  assert.equal(goldsteinScale('0334'), 6);
  assert.equal(goldsteinScale('1823'), -10);
  assert.equal(goldsteinScale('099'), goldsteinScale('09'));
});

test('a code outside CAMEO has no value', () => {
  assert.equal(goldsteinScale('99'), undefined);
  assert.equal(goldsteinScale(''), undefined);
});

test('root codes and quad classes follow the CAMEO families', () => {
  assert.equal(cameoRootCode('0571'), '05');
  assert.deepEqual(['040', '057', '061', '111', '190'].map(cameoQuadClass), [1, 1, 2, 3, 4]);
});
