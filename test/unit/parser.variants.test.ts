import * as assert from 'node:assert/strict';
import { parse } from '../../src/core/parser/parse';
import { toFields } from '../../src/core/fields';

const fieldsOf = (lines: string[]) => toFields(parse(lines.join('\n')));
const OPENING = '您提出的关于“加强社区养老服务”的提案收悉,现将办理情况答复如下:';
const SIGNATURE = ['感谢您对我们工作的关心和支持。', '', '某某区民政局', '', '2024年4月30日'];

describe('parser on the variants real offices print', () => {
  describe('header', () => {
    it('reads full-width colons, no-break spaces and labels with inner spaces', () => {
      const f = fieldsOf(['办理结果\uff1a正在解决或列入计划解决\u00a0\u00a0签 发 人\uff1a李明', '', '张三委员:', OPENING, ...SIGNATURE]);
      assert.equal(f.resultStatus, '正在解决或列入计划解决');
      assert.equal(f.signer, '李明');
    });
    it('reads class letters in their printed forms', () => {
      assert.equal(fieldsOf(['办复类别:B', '张三委员:', OPENING]).resultStatus, 'B');
      assert.equal(fieldsOf(['办理结果:(C)', '张三委员:', OPENING]).resultStatus, 'C');
      assert.equal(fieldsOf(['办理结果\uff1a\uff08C\uff09', '张三委员\uff1a', OPENING]).resultStatus, 'C');
      assert.equal(fieldsOf(['长科委〔2024〕12号A类', '张三委员:', OPENING]).resultStatus, 'A类');
      assert.equal(fieldsOf(['长科委〔2024〕12号', '(B类)', '张三委员:', OPENING]).resultStatus, 'B类');
    });
    it('reads the document number and the proposal number', () => {
      const f = fieldsOf(['关于区政协十五届五次会议第155号提案的答复', '长科委〔2024〕12号', '张三委员:', OPENING]);
      assert.equal(f.docNumber, '长科委〔2024〕12号');
      assert.equal(f.proposalNumber, '第155号');
      assert.equal(f.kind, '提案');
    });
  });

  describe('signer', () => {
    it('reads a signer named after the date', () => {
      assert.equal(fieldsOf(['李四代表:', OPENING.replace('提案', '建议'), ...SIGNATURE, '领导签发:王五']).signer, '王五');
    });
    it('reads a signer named in the body, without the office title', () => {
      const f = fieldsOf(['李四代表:', OPENING, '此复函已经王五副局长审签。', ...SIGNATURE.slice(2)]);
      assert.equal(f.signer, '王五');
    });
    it('leaves an empty signer label empty', () => {
      assert.equal(fieldsOf(['李四代表:', OPENING, ...SIGNATURE, '领导签字:']).signer, null);
    });
  });

  describe('salutation', () => {
    const addressed = (line: string) => fieldsOf([line, OPENING]);
    it('reads joint proposers', () => {
      assert.deepEqual(addressed('郭胜利、陈爱珍委员:').addressees, [
        { name: '郭胜利', role: '委员' },
        { name: '陈爱珍', role: '委员' },
      ]);
    });
    it('reads 等 with and without a count', () => {
      const a = addressed('张朝琴等委员:');
      assert.deepEqual([a.addressees, a.addresseesEtAl], [[{ name: '张朝琴', role: '委员' }], true]);
      const b = addressed('纪占斌等3名代表:');
      assert.deepEqual([b.addressees, b.addresseesEtAl], [[{ name: '纪占斌', role: '代表' }], true]);
    });
    it('reads an institution, a salutation without a colon, a polite form and a redacted name', () => {
      assert.deepEqual(addressed('真如镇街道:').addressees, [{ name: '真如镇街道', role: null }]);
      assert.deepEqual(addressed('王立超  委员').addressees, [{ name: '王立超', role: '委员' }]);
      assert.deepEqual(addressed('尊敬的王亚春区人大代表:').addressees, [{ name: '王亚春', role: '代表' }]);
      assert.deepEqual(addressed('xx委员:').addressees, [{ name: 'xx', role: '委员' }]);
    });
  });

  describe('opening', () => {
    const titled = (opening: string) => fieldsOf(['张三委员:', opening]);
    it('reads the title in “”, in 《》, doubled, and bare', () => {
      assert.equal(titled('您提出的《关于增设路灯的提案》收悉。现答复如下:').title, '关于增设路灯的提案');
      assert.equal(titled('您提出的关于“关于增设路灯”的提案收悉,现答复如下:').title, '关于增设路灯');
      assert.equal(titled('你提出的关于增设路灯的提案收悉,现函复如下:').title, '关于增设路灯的提案');
      assert.equal(titled('您提出的“关于推进“人工智能+”行动的建议”提案收悉,现答复如下:').title, '关于推进“人工智能+”行动的建议');
    });
    it('takes the kind from the word after the quoted title, not from inside it', () => {
      assert.equal(titled('您提出的“关于增设路灯的建议”的提案收悉,现答复如下:').kind, '提案');
    });
  });

  describe('signature, date and publication', () => {
    it('reads dates in Chinese numerals and with stray spaces', () => {
      const dated = (date: string) => fieldsOf(['张三委员:', OPENING, '某某区民政局', date]).date;
      assert.equal(dated('二0二一年四月七日'), '2021-04-07');
      assert.equal(dated('二〇一七年五月二十六日'), '2017-05-26');
      assert.equal(dated('2019年 10月14日'), '2019-10-14');
      assert.equal(dated('二〇二〇年十二月三十一日'), '2020-12-31');
    });
    it('reads the organ above the date, and the publication attribute below it', () => {
      const f = fieldsOf(['张三委员:', OPENING, ...SIGNATURE, '(此件依申请公开)']);
      assert.equal(f.organ, '某某区民政局');
      assert.equal(f.publicity, '此件依申请公开');
    });
  });

  describe('contact block', () => {
    const contact = (...lines: string[]) => fieldsOf(['张三委员:', OPENING, ...SIGNATURE, ...lines]).contact;
    it('reads name and phone in brackets, one line, and with spaced labels', () => {
      assert.deepEqual(contact('\uff08联系人\uff1a张淮铭\uff1b联系电话\uff1a67210092\uff09'), { name: '张淮铭', phone: '67210092', address: null, postcode: null });
      assert.deepEqual(contact('(联系人:张淮铭;联系电话:67210092)'), { name: '张淮铭', phone: '67210092', address: null, postcode: null });
      assert.deepEqual(contact('联 系 人:王五    联系电话:0917─4936343'), { name: '王五', phone: '0917─4936343', address: null, postcode: null });
      assert.deepEqual(contact('联系人及电话:骆永仙,13887859117'), { name: '骆永仙', phone: '13887859117', address: null, postcode: null });
      assert.deepEqual(contact('经办人及联系电话:姜璐颖:0917—4936343'), { name: '姜璐颖', phone: '0917—4936343', address: null, postcode: null });
    });
    it('reads the block when it stands before the signature', () => {
      const f = fieldsOf(['张三委员:', OPENING, '特此函复', '联系人:王五', '联系电话:52564588-7817', '某某区民政局', '2024年4月30日']);
      assert.deepEqual([f.contact.name, f.contact.phone, f.organ, f.date], ['王五', '52564588-7817', '某某区民政局', '2024-04-30']);
    });
    it('reads address and postcode', () => {
      assert.deepEqual(contact('承办单位通讯地址:安西路35号      邮政编码:200050'), { name: null, phone: null, address: '安西路35号', postcode: '200050' });
    });
  });

  describe('more layouts seen in published replies', () => {
    it('reads the organ and the date printed on one line', () => {
      const f = fieldsOf(['张三委员:', OPENING, '感谢您的关心。', '某某区民政局          2024年4月30日']);
      assert.deepEqual([f.organ, f.date], ['某某区民政局', '2024-04-30']);
    });
    it('stops a value at a label it does not use (传真)', () => {
      const f = fieldsOf(['张三委员:', OPENING, ...SIGNATURE, '联系人:王五  联系电话:12345678  传真:87654321']);
      assert.deepEqual([f.contact.name, f.contact.phone], ['王五', '12345678']);
    });
    it('reads a kind named after a bracketed number, a 同志 salutation and a signer with the title first', () => {
      const f = fieldsOf([
        '张三同志:',
        '您在市政协十三届一次会议上提出的《关于加强社区养老服务》(第123号)提案收悉,现答复如下:',
        '本答复已经局长李四审签。',
        ...SIGNATURE.slice(2),
      ]);
      assert.deepEqual([f.kind, f.proposalNumber, f.signer, f.addressees], ['提案', '第123号', '李四', [{ name: '张三', role: null }]]);
    });
    it('skips the metadata table of a government web page', () => {
      const f = fieldsOf(['索引号:123-456', '发布机构:某某区民政局', '成文日期:2024-05-06', '张三委员:', OPENING, ...SIGNATURE]);
      assert.deepEqual([f.organ, f.date, f.docNumber], ['某某区民政局', '2024-04-30', null]);
    });
  });

  describe('text it must not take for a field', () => {
    it('ignores a web-site footer', () => {
      const f = fieldsOf(['张三委员:', OPENING, ...SIGNATURE, '', '主办单位:某某区人民政府办公室', '联系电话:12345678', '地址:某某路1号']);
      assert.deepEqual(f.contact, { name: null, phone: null, address: null, postcode: null });
    });
    it('ignores a result quoted in the body', () => {
      const f = fieldsOf(['张三委员:', OPENING, '去年答复时“办理结果:留作参考”,今年已列入计划。', ...SIGNATURE]);
      assert.equal(f.resultStatus, null);
    });
    it('ignores the 印发 line of the 版记', () => {
      const f = fieldsOf(['张三委员:', OPENING, ...SIGNATURE, '某某区民政局办公室          2024年5月6日印发']);
      assert.deepEqual([f.organ, f.date], ['某某区民政局', '2024-04-30']);
    });
  });

  describe('text encodings of layout', () => {
    it('reads tabs, CRLF and a BOM alike', () => {
      const lines = ['办理结果:解决或采纳\t签发人:李明', '张三委员:', OPENING, ...SIGNATURE];
      const plain = toFields(parse(lines.join('\n')));
      assert.deepEqual(toFields(parse('\ufeff' + lines.join('\r\n'))), plain);
      assert.equal(plain.signer, '李明');
    });
  });

  describe('body structure', () => {
    it('reads heading levels and numbers', () => {
      const model = parse(['张三委员:', OPENING, '一、总体情况', '\uff08一\uff09工作进展', '1.具体措施', '(1)细节', '二、下一步', ...SIGNATURE].join('\n'));
      const headings = model.blocks.filter((b) => b.heading).map((b) => [b.heading!.level, b.heading!.number]);
      assert.deepEqual(headings, [[1, 1], [2, 1], [3, 1], [4, 1], [1, 2]]);
      assert.deepEqual(model.blocks.map((b) => b.type), [
        'salutation', 'opening', 'heading', 'heading', 'heading', 'heading', 'heading', 'thanks', 'organ', 'date',
      ]);
    });
    it('does not take numbers in running text for headings', () => {
      const model = parse(['张三委员:', OPENING, '2023年,全区完成投资1.5亿元。', '10、20户以上的自然村已通路。'].join('\n'));
      assert.deepEqual(model.blocks.filter((b) => b.heading).map((b) => b.heading!.number), [10]);
    });
  });
});
