/** The patterns several recognisers and the region finder share. */
import { DATE_LINE, DATE_PATTERN } from './dates';

/** Web-page furniture around a published reply, never read for fields. */
export const PAGE_FURNITURE =
  /^(首页[\s\u00a0]*[>\uff1e»]|当前位置|发布时间|发布日期|浏览次数|访问量|阅读数|字号[:\uff1a]|【?字体[:\uff1a]|来源[:\uff1a]|【?打印|【?关闭|分享到|扫一扫|网站地图|联系我们|Copyright|©|时间[:\uff1a]|分享[:\uff1a]?$|责任编辑|上一篇|下一篇|点击数|阅读次数|相关链接|[•●▪][\s\u00a0]*[\u4e00-\u9fff]{2,8}$|(?:索引号|发文机关|发布机构|成文日期|发文日期|主题分类|公文种类|文号|标题|有效性|生效日期|信息来源)[:\uff1a])/i;
/** Once one of these appears after the body, the rest of the text is the web site's footer. */
export const SITE_FOOTER = /(版权所有|主办单位[:\uff1a]|网站标识码|ICP备|公网安备|技术支持[:\uff1a])/;
/** 版记: `泰顺县水利局办公室 2024年6月26日印发`. */
export const ISSUED_LINE = /印发[\s\u00a0\u3000]*$/;
/** The sentence that opens the reply: the proposal is received, and the answer follows. */
export const OPENING = /收悉|(?:答复|函复|复函|回复|续复|函告|意见|说明|报告|办理情况)如下/;
export const THANKS =
  /感谢|谢谢|专此(?:答复|函复|复函)?|特此(?:答复|函复|复函|说明)?|^此复|以上(?:答复|函复|意见)|此(?:复函|答复|函|件|答复函)已经|希望.{0,30}(?:意见|建议|关注|支持)|欢迎.{0,30}(?:意见|建议|关注|支持)/;
export const PUBLICITY_LINE =
  /^[(\uff08][\s\u00a0\u3000]*((?:此件|本件)?[\s\u00a0\u3000]*(?:公开发布|依申请公开|不予公开|主动公开|不公开|免予公开|予以公开|删减后公开))[\s\u00a0\u3000]*[)\uff09]?$/;
/** `长科委〔2024〕12号`, with an optional class glued after it: `(B)类`, `B类`, `(A类)`. */
/** The attribute printed without brackets, which needs 此件 or 本件 in front to be told from a sentence. */
export const PUBLICITY_BARE =
  /^((?:此件|本件)[\s\u00a0\u3000]*(?:公开发布|依申请公开|不予公开|主动公开|不公开|免予公开|予以公开|删减后公开))[。.]?$/;
export const DOC_NUMBER =
  /^([\u4e00-\u9fff]{1,15}[\s\u00a0]*[〔\[【(\uff08]\s*[0-9\uff10-\uff19]{4}\s*[〕\]】)\uff09]\s*第?\s*[0-9\uff10-\uff19]+\s*号)[\s\u00a0\u3000]*(?:[(\uff08]?([A-DＡ-Ｄ])[)\uff09]?(类)?[)\uff09]?)?$/;
export const CLASS_LINE = /^[(\uff08]?([A-DＡ-Ｄ]类)[)\uff09]?$|^[(\uff08]([A-DＡ-Ｄ])[)\uff09]$/;
export const LOOSE_DATE_LINE = /^([0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2}|[0-9]{6,8})$/;
export const ORGAN_LIKE =
  /(局|委员会|委|政府|办公室|办|中心|街道|厅|院|处|部|会|所|站|公司|镇|乡|管委会|集团|大学|学校|医院|分局|支队|大队)$/;
export const ORGAN_THEN_DATE = new RegExp(
  `^([^。!?;:,\\uff01\\uff1f\\uff1b\\uff1a\\uff0c\\d]{2,40}?)[\\s\\u00a0\\u3000]+(${DATE_PATTERN.source})$`,
);
export const SENTENCE_MARK = /[。!\uff01?\uff1f;\uff1b:\uff1a,\uff0c]/;
/** A greeting on a line of its own between the salutation and the opening (`您好!`). */
export const GREETING = /^(?:您|你|您们|你们)好[!\uff01。]?$/;

/** The publication attribute alone on its line, and where the value stands in it. */
export function readPublicityLine(content: string): { value: string; at: number } | undefined {
  const match = PUBLICITY_LINE.exec(content) ?? PUBLICITY_BARE.exec(content);
  return match ? { value: match[1], at: content.indexOf(match[1]) } : undefined;
}

/** A line that is a date and nothing else, in any of the ways offices print one. */
export function isDateLine(content: string): boolean {
  return DATE_LINE.test(content) || LOOSE_DATE_LINE.test(content);
}
