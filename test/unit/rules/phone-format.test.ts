import * as assert from 'node:assert/strict';
import { phoneProblems } from '../../../src/core/rules/phone-format';
import { BASE, testRule, variant } from './ruleTester';

const phoned = (phone: string) => variant(BASE, ['52388272', phone]);

testRule('phone-format', {
  valid: [
    { name: 'an 8-digit local number', text: BASE },
    { name: 'a mobile number', text: phoned('13887859117') },
    { name: 'an area code joined by a dash', text: phoned('0917—4936343') },
    { name: 'an extension', text: phoned('52564588-7817') },
    { name: 'several numbers', text: phoned('52388272、13887859117') },
  ],
  invalid: [
    { name: 'a 7-digit local number', text: phoned('8788586'), errors: [{ line: 35, column: 16, message: '“8788586”只有7位' }] },
    { name: 'a mobile number with a digit missing', text: phoned('1388785911'), errors: [{ line: 35, message: '不是有效的电话号码' }] },
    { name: 'one bad number among several', text: phoned('52388272、5238827'), errors: [{ line: 35, column: 25 }] },
  ],
});

describe('phoneProblems', () => {
  it('accepts the forms real replies use', () => {
    for (const ok of ['52388272', '13575075258', '0915─4426580', '021-52388272', '010-12345678', '52564588转7817', '(0917)4936343', '400-123-4567']) {
      assert.deepEqual(phoneProblems(ok), [], ok);
    }
  });

  it('finds the bad numbers and where they are', () => {
    assert.deepEqual(phoneProblems('骆永仙，8788586'), [{ start: 4, end: 11, number: '8788586', messageId: 'sevenDigits' }]);
    assert.deepEqual(phoneProblems('12345').map((p) => p.messageId), ['invalid']);
  });
});
