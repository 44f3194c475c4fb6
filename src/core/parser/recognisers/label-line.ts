import type { BlockType, LabelOccurrence } from '../../model';
import type { Region } from '../regions';
import type { ScannedLine } from '../scan';
import { DOC_NUMBER } from '../patterns';
import { fieldAt, labelledField, offer, PERSON_NAME } from './support';
import type { Offer, Recogniser } from './types';

const SPACES = /[\s\u00a0\u3000]+/;
const PHONE_LIKE = /[0-9\uff10-\uff19]{3,}/;
const TITLE_WORDS = /^(?:常务)?副?(?:局长|书记|主任|区长|县长|市长|镇长|乡长|主席|部长|厅长|处长|院长|校长|秘书长)|(?:常务)?副?(?:局长|书记|主任|区长|县长|市长|镇长|乡长|主席|部长|厅长|处长|院长|校长|秘书长)$/g;
/** A name, then a number in the same value (`张三 12345678`, `张三,021-12345678`). */
const NAME_THEN_NUMBER = /^([\u4e00-\u9fff·]{2,6})[\s\u00a0\u3000,\uff0c、:\uff1a]*([0-9\uff10-\uff19][0-9\uff10-\uff19\-\u2014\uff0d()\uff08\uff09 ]{4,})$/;

/**
 * The signer's name from a 签发人 value: a name, maybe spaced (`李  颖`) or with its title (`局长 王五`), or a
 * name followed by the document number (`张三  长科委〔2024〕12号`). Anything else is left unread.
 */
function signerOffers(line: ScannedLine, label: LabelOccurrence, at: number): Offer[] {
  const value = label.value;
  const name = value.replace(SPACES, '').replace(TITLE_WORDS, '');
  if (PERSON_NAME.test(name)) {
    const spaced = value.replace(TITLE_WORDS, '').trim();
    const from = value.indexOf(spaced);
    return [offer('signer', labelledField(line, label, from >= 0 ? spaced : value, at + Math.max(0, from)))];
  }
  const [first] = value.split(SPACES);
  const rest = value.slice(first.length).trim();
  const docNumber = DOC_NUMBER.exec(rest);
  if (!PERSON_NAME.test(first) || !docNumber) return [];
  const numberAt = at + value.indexOf(rest);
  return [
    offer('signer', labelledField(line, label, first, at)),
    offer('docNumber', fieldAt(line, numberAt, numberAt + docNumber[1].length, docNumber[1]), 'after-signer'),
  ];
}

/** A contact name or number that carries the other with it: each goes where it belongs, ranked below its own label. */
function contactOffers(line: ScannedLine, label: LabelOccurrence, field: 'contact.name' | 'contact.phone', at: number): Offer[] {
  const both = NAME_THEN_NUMBER.exec(label.value);
  if (!both) return [offer(field, labelledField(line, label, label.value, at))];
  const numberAt = at + label.value.length - both[2].length;
  const name = labelledField(line, label, both[1], at);
  const phone = labelledField(line, label, both[2], numberAt);
  return field === 'contact.name'
    ? [offer('contact.name', name), offer('contact.phone', phone, 'beside')]
    : [offer('contact.phone', phone), offer('contact.name', name, 'beside')];
}

/** A yes-or-no answer needs its question to say anything (`是否同意公开:是`); an attribute stands alone. */
const YES_OR_NO = /^(?:是|否|同意|不同意)$/;

/** The values a line's labels offer: one per label with a value, read the way its field is printed. */
export function labelOffers(line: ScannedLine, labels: LabelOccurrence[] = line.labels): Offer[] {
  const offers: Offer[] = [];
  for (const label of labels) {
    if (!label.field || !label.value) continue;
    const at = label.valueRange.start.character;
    const value = label.value;
    switch (label.field) {
      case 'resultStatus': {
        const inner = /^[(\uff08](.*)[)\uff09]$/.exec(value);
        offers.push(offer('resultStatus', inner ? labelledField(line, label, inner[1], at + 1) : labelledField(line, label, value, at)));
        break;
      }
      case 'signer':
        offers.push(...signerOffers(line, label, at));
        break;
      case 'contact.name':
      case 'contact.phone':
        offers.push(...contactOffers(line, label, label.field, at));
        break;
      case 'organ':
      case 'proposalNumber':
      case 'contact.address':
      case 'contact.postcode':
        offers.push(offer(label.field, labelledField(line, label, value, at)));
        break;
      case 'publicity': {
        const bare = value.replace(/^[(\uff08]|[)\uff09]$/g, '');
        if (!YES_OR_NO.test(bare)) {
          offers.push(offer('publicity', labelledField(line, label, bare, at + value.indexOf(bare))));
          break;
        }
        const whole = line.content.replace(/^[(\uff08]|[)\uff09]$/g, '');
        offers.push(offer('publicity', labelledField(line, label, whole, line.start + line.content.indexOf(whole))));
        break;
      }
      case 'contact.nameAndPhone':
      case 'contact.unitNameAndPhone':
        offers.push(...nameAndPhoneOffers(line, label));
        break;
      default:
        break;
    }
  }
  return offers;
}

/** `王建涛 52388272`, `王建涛,52388272`, `县林业和草原局 黑绍刚 3123363`: the name before the number. */
function nameAndPhoneOffers(line: ScannedLine, label: LabelOccurrence): Offer[] {
  const at = label.valueRange.start.character;
  const value = label.value;
  const parts = /^(?:(.*?)[\s\u00a0\u3000,\uff0c、]+)?([\u4e00-\u9fff·]{2,6})[\s\u00a0\u3000,\uff0c:\uff1a、;\uff1b]*(.*)$/.exec(value);
  if (!parts || (label.field === 'contact.nameAndPhone' && parts[1]) || !PERSON_NAME.test(parts[2])) {
    // No name in front: the whole value is the number, if it reads as one.
    return PHONE_LIKE.test(value) && !/[\u4e00-\u9fff]/.test(value) ? [offer('contact.phone', labelledField(line, label, value, at))] : [];
  }
  const nameAt = at + (parts[1] === undefined ? 0 : value.indexOf(parts[2], parts[1].length));
  const offers = [offer('contact.name', labelledField(line, label, parts[2], nameAt))];
  const phone = parts[3];
  if (phone && PHONE_LIKE.test(phone) && !SPACES.test(phone.trim())) {
    offers.push(offer('contact.phone', labelledField(line, label, phone, at + value.length - phone.length)));
  }
  return offers;
}

/** Labels that name a leader: their line belongs with the signature, though it does not name the signer. */
const LEADER = /^(?:分管领导|主管领导)$/;

export function labelLineType(line: ScannedLine, region: Region): BlockType {
  const fields = line.labels.map((x) => x.field);
  if (region !== 'header' && line.labels.some((x) => LEADER.test(x.name))) return 'signer';
  if (fields.includes('copyTo')) return 'copyTo';
  if (fields.includes('organ')) return 'organ';
  if (fields.every((f) => !f || f.startsWith('contact'))) return region === 'header' && fields.every((f) => !f) ? 'header' : 'contact';
  if (fields.includes('signer') && region !== 'header') return 'signer';
  if (fields.includes('publicity') && region !== 'header') return 'publicity';
  return 'header';
}

/** A line of labelled fields (`办理结果:解决或采纳   签发人:詹镭`, `联系人:王建涛`). */
export const labelLine: Recogniser = {
  id: 'label-line',
  regions: ['header', 'body', 'signature', 'tail'],
  pretest: (line) => line.labelLine,
  claim: (line, { region }) => ({ type: labelLineType(line, region), offers: labelOffers(line) }),
};
