import * as assert from 'node:assert/strict';
import { recognisers } from '../../src/core/parser/recognisers/index';
import type { Recogniser } from '../../src/core/parser/recognisers/types';
import { findLayout } from '../../src/core/parser/regions';
import { scanLine } from '../../src/core/parser/scan';
import { splitText } from '../../src/core/parser/lines';

/** What a recogniser makes of one line of a text: its type, and the plain values it offers (`field` or `field/how`). */
function claimOf(id: string, text: string, lineNumber: number): { type?: string; offers: Record<string, unknown> } | undefined {
  const recogniser = recognisers.find((r) => r.id === id) as Recogniser;
  const lines = splitText(text).lines.map(scanLine);
  const layout = findLayout(lines);
  const line = lines[lineNumber - 1];
  const context = { layout, region: layout.regionOf(line.index) };
  if (!recogniser.regions.includes(context.region) || !recogniser.pretest(line, context)) return undefined;
  const claim = recogniser.claim(line, context);
  if (!claim) return undefined;
  const offers: Record<string, unknown> = {};
  for (const o of claim.offers ?? []) {
    const value = o.value as { value?: unknown; addressees?: { name: string; role: string | null }[]; etAl?: boolean };
    const key = o.how ? `${o.field}/${o.how}` : o.field;
    offers[key] = value.addressees ? { names: value.addressees.map((a) => `${a.name}${a.role ?? ''}`), etAl: value.etAl } : value.value;
  }
  return claim.type ? { type: claim.type, offers } : { offers };
}

const REPLY_TAIL = '\n您提出的“关于增设路灯的提案”收悉，现答复如下：\n正文。\n感谢您的关心。\n某某县交通运输局\n2024年5月1日\n';

interface Case {
  text: string;
  line: number;
  want: ReturnType<typeof claimOf>;
}

const TABLE: Record<string, Case[]> = {
  'page-furniture': [
    { text: `首页 > 政务公开\n张三委员：${REPLY_TAIL}`, line: 1, want: { type: 'footer', offers: {} } },
    { text: `张三委员：${REPLY_TAIL}发布时间：2024-05-02\n`, line: 7, want: { type: 'footer', offers: {} } },
    { text: `张三委员：${REPLY_TAIL}`, line: 1, want: undefined },
  ],
  'label-line': [
    { text: `办理结果：解决或采纳   签发人：詹镭\n张三委员：${REPLY_TAIL}`, line: 1, want: { type: 'header', offers: { resultStatus: '解决或采纳', signer: '詹镭' } } },
    { text: `办理结果：（C）\n张三委员：${REPLY_TAIL}`, line: 1, want: { type: 'header', offers: { resultStatus: 'C' } } },
    { text: `签发人：局长 王五\n张三委员：${REPLY_TAIL}`, line: 1, want: { type: 'header', offers: { signer: '王五' } } },
    { text: `签发人：请在此处填写签发领导的姓名\n张三委员：${REPLY_TAIL}`, line: 1, want: { type: 'header', offers: {} } },
    { text: `签发人：詹镭  长科委〔2024〕12号\n张三委员：${REPLY_TAIL}`, line: 1, want: { type: 'header', offers: { signer: '詹镭', 'docNumber/after-signer': '长科委〔2024〕12号' } } },
    { text: `张三委员：${REPLY_TAIL}联系人：王建涛 52388272\n`, line: 7, want: { type: 'contact', offers: { 'contact.name': '王建涛', 'contact.phone/beside': '52388272' } } },
    { text: `张三委员：${REPLY_TAIL}联系单位和联系人及电话：县林业和草原局 黑绍刚 3123363\n`, line: 7, want: { type: 'contact', offers: { 'contact.name': '黑绍刚', 'contact.phone': '3123363' } } },
    { text: `张三委员：${REPLY_TAIL}是否同意公开：是\n`, line: 7, want: { type: 'publicity', offers: { publicity: '是否同意公开：是' } } },
    { text: `张三委员：${REPLY_TAIL}公开属性：主动公开\n`, line: 7, want: { type: 'publicity', offers: { publicity: '主动公开' } } },
    { text: `张三委员：${REPLY_TAIL}分管领导：袁定军\n`, line: 7, want: { type: 'signer', offers: {} } },
    { text: `来源：姚安县水务局 | 访问量：\n张三委员：${REPLY_TAIL}`, line: 1, want: undefined },
  ],
  'table-row': [
    { text: `办理结果 | 解决或采纳 | 签发人 | 詹镭\n张三委员：${REPLY_TAIL}`, line: 1, want: { type: 'header', offers: { resultStatus: '解决或采纳', signer: '詹镭' } } },
    { text: `签发人\t詹镭\n张三委员：${REPLY_TAIL}`, line: 1, want: { type: 'header', offers: { signer: '詹镭' } } },
    { text: `我局 | 已经 | 办理\n张三委员：${REPLY_TAIL}`, line: 1, want: undefined },
  ],
  'label-value': [
    { text: `签发人：\n王五\n张三委员：${REPLY_TAIL}`, line: 2, want: { type: 'header', offers: { signer: '王五' } } },
    { text: `签发人：\n关于某某问题的答复\n张三委员：${REPLY_TAIL}`, line: 2, want: undefined },
  ],
  'doc-number': [
    { text: `株县水利字〔2016〕2号(B)类\n张三代表：${REPLY_TAIL}`, line: 1, want: { type: 'docNumber', offers: { docNumber: '株县水利字〔2016〕2号', resultStatus: 'B类' } } },
    { text: `宁交函〔2011〕25号 签发人：廖德谦\n张三代表：${REPLY_TAIL}`, line: 1, want: { type: 'docNumber', offers: { docNumber: '宁交函〔2011〕25号', signer: '廖德谦' } } },
    { text: `关于第25号建议的答复\n张三代表：${REPLY_TAIL}`, line: 1, want: undefined },
  ],
  'class-line': [
    { text: `（A类）\n张三委员：${REPLY_TAIL}`, line: 1, want: { type: 'header', offers: { resultStatus: 'A类' } } },
    { text: `(B)\n张三委员：${REPLY_TAIL}`, line: 1, want: { type: 'header', offers: { resultStatus: 'B' } } },
  ],
  'doc-title': [
    { text: `关于区政协十四届三次会议第155号提案的答复\n张三委员：${REPLY_TAIL}`, line: 1, want: { type: 'docTitle', offers: { kind: '提案', proposalNumber: '第155号' } } },
    { text: `关于君山区人大五届五次会议1号建议的回复\n张三代表：${REPLY_TAIL}`, line: 1, want: { type: 'docTitle', offers: { kind: '建议', proposalNumber: '1号' } } },
    { text: `答    复\n张三委员：${REPLY_TAIL}`, line: 1, want: { type: 'docTitle', offers: {} } },
    { text: `建议人: 庞益平等\n张三代表：${REPLY_TAIL}`, line: 1, want: undefined },
    { text: `县十八届人大三次会议\n张三代表：${REPLY_TAIL}`, line: 1, want: undefined },
  ],
  salutation: [
    { text: `尊敬袁大金代表：${REPLY_TAIL}`, line: 1, want: { type: 'salutation', offers: { salutation: '尊敬袁大金代表：', addressees: { names: ['袁大金代表'], etAl: false }, kind: '建议' } } },
    { text: `司长虹、杨胜利二位代表：${REPLY_TAIL}`, line: 1, want: { type: 'salutation', offers: { salutation: '司长虹、杨胜利二位代表：', addressees: { names: ['司长虹代表', '杨胜利代表'], etAl: false }, kind: '建议' } } },
    { text: `庞益平等23位代表：${REPLY_TAIL}`, line: 1, want: { type: 'salutation', offers: { salutation: '庞益平等23位代表：', addressees: { names: ['庞益平代表'], etAl: true }, kind: '建议' } } },
    { text: `区林业局：${REPLY_TAIL}`, line: 1, want: { type: 'salutation', offers: { salutation: '区林业局：', addressees: { names: ['区林业局'], etAl: false } } } },
    { text: `各位代表：${REPLY_TAIL}`, line: 1, want: { type: 'salutation', offers: { salutation: '各位代表：' } } },
    { text: `罗元代表：你提出的“关于治理河道的议案”，现答复如下：\n正文。\n`, line: 1, want: { offers: { salutation: '罗元代表：', addressees: { names: ['罗元代表'], etAl: false }, kind: '建议' } } },
  ],
  opening: [
    { text: `张三委员：${REPLY_TAIL}`, line: 2, want: { type: 'opening', offers: { opening: '您提出的“关于增设路灯的提案”收悉，现答复如下：', title: '关于增设路灯的提案' } } },
    { text: '张三委员：\n您在“两会”期间提出的《关于保护古树的提案》收悉，现答复如下：\n', line: 2, want: { type: 'opening', offers: { opening: '您在“两会”期间提出的《关于保护古树的提案》收悉，现答复如下：', title: '关于保护古树的提案' } } },
    { text: '区林业局：\n代表提出的“关于山林保护工作的建议”已收悉。现提出协办意见如下：\n', line: 2, want: { type: 'opening', offers: { opening: '代表提出的“关于山林保护工作的建议”已收悉。现提出协办意见如下：', title: '关于山林保护工作的建议', 'kind/proposer': '建议' } } },
    { text: '李四委员：\n您提出的第0123号提案收悉，现答复如下：\n', line: 2, want: { type: 'opening', offers: { opening: '您提出的第0123号提案收悉，现答复如下：', proposalNumber: '第0123号' } } },
  ],
  publicity: [
    { text: `张三委员：${REPLY_TAIL}（此件公开发布）\n`, line: 7, want: { type: 'publicity', offers: { publicity: '此件公开发布' } } },
    { text: `张三委员：${REPLY_TAIL}此件主动公开\n`, line: 7, want: { type: 'publicity', offers: { publicity: '此件主动公开' } } },
    { text: `张三委员：${REPLY_TAIL}`, line: 3, want: undefined },
  ],
  date: [
    { text: `张三委员：${REPLY_TAIL}`, line: 6, want: { type: 'date', offers: { date: '2024-05-01' } } },
    { text: '张三委员：\n您提出的“关于路灯的提案”收悉，现答复如下：\n正文。\n某某县交通运输局    二〇二四年五月一日\n', line: 4, want: { type: 'date', offers: { date: '2024-05-01', 'organ/date-line': '某某县交通运输局' } } },
  ],
  organ: [
    { text: `张三委员：${REPLY_TAIL}`, line: 5, want: { type: 'organ', offers: { organ: '某某县交通运输局' } } },
    { text: '张三委员：\n您提出的“关于路灯的提案”收悉，现答复如下：\n正文。\n某某县交通运输局\n联系人：王五\n2024年5月1日\n', line: 4, want: { type: 'organ', offers: { organ: '某某县交通运输局' } } },
    { text: '张三委员：\n您提出的“关于路灯的提案”收悉，现答复如下：\n感谢您的关心和支持。\n2024年5月1日\n', line: 3, want: undefined },
  ],
  'signer-sentence': [
    { text: `张三委员：${REPLY_TAIL}此复函已经霍小燕副书记审签。\n`, line: 7, want: { offers: { signer: '霍小燕' } } },
    { text: `张三委员：${REPLY_TAIL}本答复经局长王五签发。\n`, line: 7, want: { offers: { signer: '王五' } } },
    { text: `张三委员：${REPLY_TAIL}此复函已经局党组会议研究审定。\n`, line: 7, want: undefined },
  ],
  heading: [
    { text: `张三委员：${REPLY_TAIL.replace('正文。', '一、基本情况')}`, line: 3, want: { type: 'heading', offers: {} } },
    { text: `张三委员：${REPLY_TAIL.replace('正文。', '一、二级医院已全部完成改造。')}`, line: 3, want: undefined },
    { text: `张三委员：${REPLY_TAIL.replace('正文。', '（二）加强管理')}`, line: 3, want: { type: 'heading', offers: {} } },
  ],
  thanks: [
    { text: `张三委员：${REPLY_TAIL}`, line: 4, want: { type: 'thanks', offers: {} } },
    { text: `张三委员：${REPLY_TAIL}`, line: 3, want: undefined },
  ],
  paragraph: [
    { text: `张三委员：${REPLY_TAIL}`, line: 3, want: { type: 'paragraph', offers: {} } },
    { text: `张三委员：${REPLY_TAIL}`, line: 1, want: undefined },
  ],
};

describe('recognisers, one line at a time', () => {
  it('has a table for every recogniser', () => {
    assert.deepEqual(recognisers.map((r) => r.id).filter((id) => !TABLE[id]), []);
  });

  for (const [id, cases] of Object.entries(TABLE)) {
    describe(id, () => {
      cases.forEach(({ text, line, want }, i) => {
        it(`case ${i + 1}: line ${line} of ${JSON.stringify(text.split('\n')[line - 1])}`, () => {
          assert.deepEqual(claimOf(id, text, line), want);
        });
      });
    });
  }
});
