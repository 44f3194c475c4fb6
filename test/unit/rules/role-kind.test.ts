import { BASE, testRule, variant } from './ruleTester';

const TITLE = '关于区政协十五届五次会议第155号提案的答复\n\n';
const thanks = '感谢您对我区民政工作的关心和支持。';

testRule('role-kind', {
  valid: [
    { name: '委员 in a reply to a 提案', text: BASE },
    {
      name: 'a title in title marks that itself ends in 建议',
      text: variant(BASE, ['“关于加强社区养老服务的建议”的提案', '《关于加强社区养老服务的建议》\uff08第12号\uff09提案']),
    },
    {
      name: '代表 in a reply to a 建议',
      text: variant(BASE, ['李华委员', '李华代表'], ['”的提案收悉', '”的建议收悉']),
    },
    { name: 'compounds in the thanks', text: variant(BASE, [thanks, '感谢您对区政协委员会工作的支持，欢迎通过人大代表履职服务平台反馈。']) },
    { name: 'the verb 代表', text: variant(BASE, [thanks, '我谨代表我局感谢您的关心和支持。']) },
  ],
  invalid: [
    {
      name: '代表 in the salutation of a reply to a 提案',
      text: variant(BASE, ['李华委员', '李华代表']),
      errors: [{ line: 3, message: '这是对提案的答复，应称“委员”，而不是“代表”' }],
    },
    {
      name: '建议收悉 in the opening of a reply to a 提案',
      text: variant(BASE, ['李华委员', `${TITLE}李华委员`], ['”的提案收悉', '”的建议收悉']),
      errors: [{ line: 7, column: 23, message: '开头应写“提案”，而不是“建议”' }],
    },
    {
      name: '代表 addressed in the thanks of a reply to a 提案',
      text: variant(BASE, [thanks, '感谢代表对我区民政工作的关心和支持。']),
      errors: [{ line: 27, column: 3, message: '致谢语中应称“委员”' }],
    },
  ],
});
