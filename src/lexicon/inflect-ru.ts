// Russian inflection of trigger lemmas, used only when the lexicon is compiled.
//
// Verbs: triggers.yaml lists each aspect as its own entry (осудить / осуждать). News speaks in the third
// person, so a verb yields its infinitive, past tense (m/f/n/pl), third-person non-past (a future for
// perfective verbs, a present for imperfective ones), the adverbial participle (gerund), the short passive
// participle of perfective transitive verbs (осуждён, осуждена… with был/была it is a passive) and the
// past tense + "бы" (conditional). Reflexive verbs keep -ся/-сь on every form (встретился, встретилась).
// The rules cover the regular classes; VERBS below records aspect and every form the rules cannot derive.
// Nouns: six cases in the singular and the plural by declension class (встреча, встречи, встрече, встречу…).
// Forms are written with ё where it belongs; the matcher folds ё→е and й→и, so both spellings match.
import type { Form } from './inflect.ts';

type Aspect = 'pf' | 'ipf' | 'bi';
interface VerbInfo {
  /** aspect: perfective non-past is a future, imperfective non-past a present; "bi" verbs read as present */
  readonly a: Aspect;
  /** third-person singular and plural non-past, when the rules get them wrong */
  readonly p?: readonly [string, string];
  /** second conjugation for an -ать/-еть/-ять verb (держать → держит/держат) */
  readonly c2?: true;
  /** past tense m, f, n, pl when irregular */
  readonly past?: readonly [string, string, string, string];
  /** adverbial participle when irregular */
  readonly ger?: string;
  /** short passive participle, masculine (осуждён); f/n/pl add а/о/ы. "-" for none */
  readonly pp?: string;
}

/** Aspect and irregular forms of every trigger verb (infinitive without -ся). */
const VERBS: Readonly<Record<string, VerbInfo>> = {
  // perfective verbs whose future the -ать/-ять rules cannot derive (начнёт, прервёт, займёт, даст…)
  начать: { a: 'pf', p: ['начнёт', 'начнут'], ger: 'начав', pp: 'начат' }, прервать: { a: 'pf', p: ['прервёт', 'прервут'], ger: 'прервав', pp: 'прерван' },
  занять: { a: 'pf', p: ['займёт', 'займут'], ger: 'заняв', pp: 'занят' }, сорвать: { a: 'pf', p: ['сорвёт', 'сорвут'], ger: 'сорвав', pp: 'сорван' },
  дать: { a: 'pf', p: ['даст', 'дадут'], ger: 'дав', pp: 'дан' }, сдать: { a: 'pf', p: ['сдаст', 'сдадут'], ger: 'сдав', pp: 'сдан' },
  предпринять: { a: 'pf', p: ['предпримет', 'предпримут'], ger: 'предприняв', pp: 'предпринят' },
  // AGREE
  обещать: { a: 'ipf' }, пообещать: { a: 'pf', pp: '-' }, обязаться: { a: 'pf', p: ['обяжется', 'обяжутся'] },
  обязать: { a: 'pf', p: ['обяжет', 'обяжут'] }, обязываться: { a: 'ipf' },
  предложить: { a: 'pf', pp: 'предложен' }, предлагать: { a: 'ipf' },
  пригласить: { a: 'pf', pp: 'приглашён' }, приглашать: { a: 'ipf' },
  согласиться: { a: 'pf' }, соглашаться: { a: 'ipf' }, договориться: { a: 'pf' }, договариваться: { a: 'ipf' },
  условиться: { a: 'pf' }, принять: { a: 'pf', p: ['примет', 'примут'], past: ['принял', 'приняла', 'приняло', 'приняли'], pp: 'принят' },
  принимать: { a: 'ipf' }, заявить: { a: 'pf', pp: 'заявлен' }, заявлять: { a: 'ipf' },
  // CONSULT
  встретить: { a: 'pf', pp: '-' }, встречать: { a: 'ipf' }, встречаться: { a: 'ipf' },
  побеседовать: { a: 'pf' }, беседовать: { a: 'ipf' }, позвонить: { a: 'pf' }, звонить: { a: 'ipf' },
  созвониться: { a: 'pf' }, созваниваться: { a: 'ipf' }, посетить: { a: 'pf', pp: 'посещён' }, посещать: { a: 'ipf' },
  прибыть: { a: 'pf', p: ['прибудет', 'прибудут'], past: ['прибыл', 'прибыла', 'прибыло', 'прибыли'] }, прибывать: { a: 'ipf' },
  приехать: { a: 'pf', p: ['приедет', 'приедут'], ger: 'приехав' }, приезжать: { a: 'ipf' },
  обсудить: { a: 'pf', pp: 'обсуждён' }, обсуждать: { a: 'ipf' }, провести: { a: 'pf', p: ['проведёт', 'проведут'], past: ['провёл', 'провела', 'провело', 'провели'], ger: 'проведя', pp: 'проведён' },
  проводить: { a: 'ipf' }, посредничать: { a: 'ipf' }, выступить: { a: 'pf' }, выступать: { a: 'ipf' },
  переговорить: { a: 'pf' },
  // SUPPORT
  поддержать: { a: 'pf', c2: true, pp: 'поддержан' }, поддерживать: { a: 'ipf' }, выразить: { a: 'pf', pp: 'выражен' }, выражать: { a: 'ipf' },
  похвалить: { a: 'pf' }, хвалить: { a: 'ipf' }, поблагодарить: { a: 'pf' }, благодарить: { a: 'ipf' },
  поздравить: { a: 'pf' }, поздравлять: { a: 'ipf' }, приветствовать: { a: 'ipf' }, одобрить: { a: 'pf', pp: 'одобрен' }, одобрять: { a: 'ipf' },
  признать: { a: 'pf', pp: 'признан' }, признавать: { a: 'ipf' }, подписать: { a: 'pf', p: ['подпишет', 'подпишут'], pp: 'подписан' },
  подписывать: { a: 'ipf' }, заключить: { a: 'pf', pp: 'заключён' }, заключать: { a: 'ipf' }, ратифицировать: { a: 'bi' },
  восстановить: { a: 'pf', pp: 'восстановлен' }, восстанавливать: { a: 'ipf' }, нормализовать: { a: 'bi' },
  укрепить: { a: 'pf' }, укреплять: { a: 'ipf' }, подтвердить: { a: 'pf', pp: '-' }, подтверждать: { a: 'ipf' },
  простить: { a: 'pf', pp: 'прощён' }, защитить: { a: 'pf', pp: 'защищён' }, защищать: { a: 'ipf' },
  // CONCEDE
  отменить: { a: 'pf', pp: 'отменён' }, отменять: { a: 'ipf' }, снять: { a: 'pf', p: ['снимет', 'снимут'], pp: 'снят' }, снимать: { a: 'ipf' },
  смягчить: { a: 'pf', pp: 'смягчён' }, смягчать: { a: 'ipf' }, ослабить: { a: 'pf', pp: 'ослаблен' }, ослаблять: { a: 'ipf' },
  объявить: { a: 'pf', pp: 'объявлен' }, объявлять: { a: 'ipf' }, помиловать: { a: 'pf' },
  извиниться: { a: 'pf' }, извиняться: { a: 'ipf' }, принести: { a: 'pf', p: ['принесёт', 'принесут'], past: ['принёс', 'принесла', 'принесло', 'принесли'], ger: 'принеся', pp: 'принесён' },
  приносить: { a: 'ipf' }, уступить: { a: 'pf' }, уступать: { a: 'ipf' }, пойти: { a: 'pf', p: ['пойдёт', 'пойдут'], past: ['пошёл', 'пошла', 'пошло', 'пошли'], ger: 'пойдя' },
  идти: { a: 'ipf', p: ['идёт', 'идут'], past: ['шёл', 'шла', 'шло', 'шли'], ger: 'идя' },
  // COOPERATE
  сотрудничать: { a: 'ipf' }, взаимодействовать: { a: 'ipf' }, экстрадировать: { a: 'bi' }, координировать: { a: 'ipf' },
  объединить: { a: 'pf' }, обменяться: { a: 'pf' }, обмениваться: { a: 'ipf' }, обменять: { a: 'pf', pp: 'обменян' },
  // AID
  помочь: { a: 'pf', p: ['поможет', 'помогут'], past: ['помог', 'помогла', 'помогло', 'помогли'], ger: 'помогши', pp: '-' },
  помогать: { a: 'ipf' }, оказать: { a: 'pf', p: ['окажет', 'окажут'], pp: 'оказан' }, оказывать: { a: 'ipf' },
  предоставить: { a: 'pf', pp: 'предоставлен' }, предоставлять: { a: 'ipf' }, поставить: { a: 'pf', pp: 'поставлен' }, поставлять: { a: 'ipf' },
  передать: { a: 'pf', p: ['передаст', 'передадут'], past: ['передал', 'передала', 'передало', 'передали'], pp: 'передан' },
  направить: { a: 'pf', pp: 'направлен' }, направлять: { a: 'ipf' }, отправить: { a: 'pf', pp: 'отправлен' }, отправлять: { a: 'ipf' },
  вооружить: { a: 'pf' }, вооружать: { a: 'ipf' }, финансировать: { a: 'ipf' }, профинансировать: { a: 'pf' },
  выделить: { a: 'pf', pp: 'выделен' }, выделять: { a: 'ipf' }, доставить: { a: 'pf', pp: 'доставлен' }, доставлять: { a: 'ipf' },
  обучить: { a: 'pf' }, обучать: { a: 'ipf' }, спасти: { a: 'pf', p: ['спасёт', 'спасут'], past: ['спас', 'спасла', 'спасло', 'спасли'], ger: 'спасши', pp: 'спасён' },
  // RETREAT
  освободить: { a: 'pf', pp: 'освобождён' }, освобождать: { a: 'ipf' }, отпустить: { a: 'pf', pp: 'отпущен' },
  вернуть: { a: 'pf', pp: 'возвращён' }, возвращать: { a: 'ipf' }, возвратить: { a: 'pf', pp: 'возвращён' },
  вывести: { a: 'pf', p: ['выведет', 'выведут'], past: ['вывел', 'вывела', 'вывело', 'вывели'], ger: 'выведя', pp: 'выведен' }, выводить: { a: 'ipf' },
  отвести: { a: 'pf', p: ['отведёт', 'отведут'], past: ['отвёл', 'отвела', 'отвело', 'отвели'], ger: 'отведя', pp: 'отведён' }, отводить: { a: 'ipf' },
  отступить: { a: 'pf' }, отступать: { a: 'ipf' }, сдаться: { a: 'pf', p: ['сдастся', 'сдадутся'] }, сдаваться: { a: 'ipf' },
  разоружить: { a: 'pf' }, разоружать: { a: 'ipf' }, соблюдать: { a: 'ipf' }, открыть: { a: 'pf', p: ['откроет', 'откроют'], pp: 'открыт' }, открывать: { a: 'ipf' },
  уйти: { a: 'pf', p: ['уйдёт', 'уйдут'], past: ['ушёл', 'ушла', 'ушло', 'ушли'], ger: 'уйдя' }, уходить: { a: 'ipf' },
  подать: { a: 'pf', p: ['подаст', 'подадут'], past: ['подал', 'подала', 'подало', 'подали'], pp: 'подан' }, подавать: { a: 'ipf' },
  // REQUEST
  призвать: { a: 'pf', p: ['призовёт', 'призовут'], pp: 'призван' }, призывать: { a: 'ipf' }, потребовать: { a: 'pf' }, требовать: { a: 'ipf' },
  попросить: { a: 'pf', pp: '-' }, просить: { a: 'ipf' }, обратиться: { a: 'pf' }, обращаться: { a: 'ipf' },
  запросить: { a: 'pf', pp: 'запрошен' }, запрашивать: { a: 'ipf' }, настоять: { a: 'pf', c2: true }, настаивать: { a: 'ipf' },
  // ACCUSE
  обвинить: { a: 'pf', pp: 'обвинён' }, обвинять: { a: 'ipf' }, осудить: { a: 'pf', pp: 'осуждён' }, осуждать: { a: 'ipf' },
  раскритиковать: { a: 'pf' }, критиковать: { a: 'ipf' }, возложить: { a: 'pf', pp: 'возложен' }, возлагать: { a: 'ipf' },
  вызвать: { a: 'pf', p: ['вызовет', 'вызовут'], pp: 'вызван' }, вызывать: { a: 'ipf' }, расследовать: { a: 'bi' },
  предъявить: { a: 'pf', pp: 'предъявлен' }, предъявлять: { a: 'ipf' }, упрекнуть: { a: 'pf' }, упрекать: { a: 'ipf' },
  вручить: { a: 'pf', pp: 'вручён' }, вручать: { a: 'ipf' }, назвать: { a: 'pf', p: ['назовёт', 'назовут'], pp: 'назван' }, называть: { a: 'ipf' },
  расценить: { a: 'pf', pp: 'расценён' }, расценивать: { a: 'ipf' },
  // REJECT
  отвергнуть: { a: 'pf', past: ['отверг', 'отвергла', 'отвергло', 'отвергли'], pp: 'отвергнут' }, отвергать: { a: 'ipf' },
  отклонить: { a: 'pf', pp: 'отклонён' }, отклонять: { a: 'ipf' }, отказаться: { a: 'pf', p: ['откажется', 'откажутся'] }, отказываться: { a: 'ipf' },
  наложить: { a: 'pf', pp: 'наложен' }, накладывать: { a: 'ipf' }, заблокировать: { a: 'pf' }, блокировать: { a: 'ipf' },
  нарушить: { a: 'pf', pp: 'нарушен' }, нарушать: { a: 'ipf' }, исключить: { a: 'pf', pp: 'исключён' }, исключать: { a: 'ipf' },
  бросить: { a: 'pf', pp: 'брошен' }, бросать: { a: 'ipf' },
  // THREATEN
  пригрозить: { a: 'pf' }, грозить: { a: 'ipf' }, угрожать: { a: 'ipf' }, предупредить: { a: 'pf', pp: 'предупреждён' }, предупреждать: { a: 'ipf' },
  ответить: { a: 'pf', pp: '-' }, оставить: { a: 'pf', pp: 'оставлен' }, оставлять: { a: 'ipf' },
  // PROTEST
  протестовать: { a: 'ipf' }, бастовать: { a: 'ipf' }, бойкотировать: { a: 'bi' }, пикетировать: { a: 'ipf' },
  выйти: { a: 'pf', p: ['выйдет', 'выйдут'], past: ['вышел', 'вышла', 'вышло', 'вышли'], ger: 'выйдя' }, выходить: { a: 'ipf' },
  // SANCTION
  ввести: { a: 'pf', p: ['введёт', 'введут'], past: ['ввёл', 'ввела', 'ввело', 'ввели'], ger: 'введя', pp: 'введён' }, вводить: { a: 'ipf' },
  заморозить: { a: 'pf', pp: 'заморожен' }, замораживать: { a: 'ipf' }, выслать: { a: 'pf', p: ['вышлет', 'вышлют'], pp: 'выслан' }, высылать: { a: 'ipf' },
  отозвать: { a: 'pf', p: ['отзовёт', 'отзовут'], pp: 'отозван' }, отзывать: { a: 'ipf' },
  разорвать: { a: 'pf', p: ['разорвёт', 'разорвут'], pp: 'разорван' }, разрывать: { a: 'ipf' },
  приостановить: { a: 'pf', pp: 'приостановлен' }, приостанавливать: { a: 'ipf' }, денонсировать: { a: 'bi' },
  закрыть: { a: 'pf', p: ['закроет', 'закроют'], pp: 'закрыт' }, закрывать: { a: 'ipf' }, приговорить: { a: 'pf', pp: 'приговорён' }, приговаривать: { a: 'ipf' },
  сократить: { a: 'pf', pp: 'сокращён' }, сокращать: { a: 'ipf' }, прекратить: { a: 'pf', pp: 'прекращён' }, прекращать: { a: 'ipf' },
  // MOBILIZE
  развернуть: { a: 'pf', pp: 'развёрнут' }, развёртывать: { a: 'ipf' }, разворачивать: { a: 'ipf' }, мобилизовать: { a: 'bi' },
  стянуть: { a: 'pf', p: ['стянет', 'стянут'], pp: 'стянут' }, стягивать: { a: 'ipf' }, перебросить: { a: 'pf', pp: 'переброшен' }, перебрасывать: { a: 'ipf' },
  испытать: { a: 'pf', pp: 'испытан' }, запустить: { a: 'pf', pp: 'запущен' }, запускать: { a: 'ipf' },
  привести: { a: 'pf', p: ['приведёт', 'приведут'], past: ['привёл', 'привела', 'привело', 'привели'], ger: 'приведя', pp: 'приведён' }, приводить: { a: 'ipf' },
  патрулировать: { a: 'ipf' }, перехватить: { a: 'pf', pp: 'перехвачен' }, перехватывать: { a: 'ipf' },
  поднять: { a: 'pf', p: ['поднимет', 'поднимут'], past: ['поднял', 'подняла', 'подняло', 'подняли'], pp: 'поднят' }, поднимать: { a: 'ipf' },
  нарастить: { a: 'pf', pp: 'наращён' }, наращивать: { a: 'ipf' }, сосредоточить: { a: 'pf', pp: 'сосредоточен' },
  // COERCE
  задержать: { a: 'pf', c2: true, pp: 'задержан' }, задерживать: { a: 'ipf' }, арестовать: { a: 'pf' }, арестовывать: { a: 'ipf' },
  захватить: { a: 'pf', pp: 'захвачен' }, захватывать: { a: 'ipf' }, конфисковать: { a: 'bi' },
  обыскать: { a: 'pf', p: ['обыщет', 'обыщут'], pp: 'обыскан' }, обыскивать: { a: 'ipf' },
  запретить: { a: 'pf', pp: 'запрещён' }, запрещать: { a: 'ipf' }, депортировать: { a: 'bi' }, аннексировать: { a: 'bi' },
  оккупировать: { a: 'bi' }, разогнать: { a: 'pf', p: ['разгонит', 'разгонят'], pp: 'разогнан' }, разгонять: { a: 'ipf' },
  подавить: { a: 'pf', pp: 'подавлен' }, подавлять: { a: 'ipf' }, взять: { a: 'pf', p: ['возьмёт', 'возьмут'], past: ['взял', 'взяла', 'взяло', 'взяли'], pp: 'взят' },
  брать: { a: 'ipf', p: ['берёт', 'берут'], ger: 'беря' },
  // ASSAULT
  атаковать: { a: 'bi' }, напасть: { a: 'pf', p: ['нападёт', 'нападут'], past: ['напал', 'напала', 'напало', 'напали'], ger: 'напав', pp: '-' }, нападать: { a: 'ipf' },
  ударить: { a: 'pf', pp: '-' }, нанести: { a: 'pf', p: ['нанесёт', 'нанесут'], past: ['нанёс', 'нанесла', 'нанесло', 'нанесли'], ger: 'нанеся', pp: 'нанесён' },
  наносить: { a: 'ipf' }, обстрелять: { a: 'pf' }, обстреливать: { a: 'ipf' }, бомбить: { a: 'ipf' }, разбомбить: { a: 'pf', pp: 'разбомблен' },
  бомбардировать: { a: 'ipf' }, убить: { a: 'pf', p: ['убьёт', 'убьют'], pp: 'убит' }, убивать: { a: 'ipf' }, ликвидировать: { a: 'bi' },
  казнить: { a: 'bi', pp: 'казнён' }, расстрелять: { a: 'pf' }, вторгнуться: { a: 'pf', past: ['вторгся', 'вторглась', 'вторглось', 'вторглись'], ger: 'вторгшись' },
  вторгаться: { a: 'ipf' }, штурмовать: { a: 'ipf' }, сбить: { a: 'pf', p: ['собьёт', 'собьют'], pp: 'сбит' }, сбивать: { a: 'ipf' },
  уничтожить: { a: 'pf', pp: 'уничтожен' }, уничтожать: { a: 'ipf' }, взорвать: { a: 'pf', p: ['взорвёт', 'взорвут'], pp: 'взорван' }, взрывать: { a: 'ipf' },
  похитить: { a: 'pf', pp: 'похищен' }, похищать: { a: 'ipf' }, пытать: { a: 'ipf' }, избить: { a: 'pf', p: ['изобьёт', 'изобьют'], pp: 'избит' },
  избивать: { a: 'ipf' }, изнасиловать: { a: 'pf' }, применить: { a: 'pf', pp: 'применён' }, применять: { a: 'ipf' },
  воевать: { a: 'ipf', p: ['воюет', 'воюют'], ger: 'воюя' }, ранить: { a: 'bi', pp: 'ранен' },
  разрушить: { a: 'pf', pp: 'разрушен' }, разрушать: { a: 'ipf' }, поразить: { a: 'pf', pp: 'поражён' }, поражать: { a: 'ipf' },
  // verbs that head expressions
  анонсировать: { a: 'bi' }, протянуть: { a: 'pf', pp: 'протянут' }, вести: { a: 'ipf', p: ['ведёт', 'ведут'], past: ['вёл', 'вела', 'вело', 'вели'], ger: 'ведя' },
  вступиться: { a: 'pf' }, достичь: { a: 'pf', p: ['достигнет', 'достигнут'], past: ['достиг', 'достигла', 'достигло', 'достигли'], ger: 'достигнув', pp: 'достигнут' },
  достигнуть: { a: 'pf', past: ['достиг', 'достигла', 'достигло', 'достигли'], pp: 'достигнут' }, установить: { a: 'pf', pp: 'установлен' },
  амнистировать: { a: 'bi' }, выдать: { a: 'pf', p: ['выдаст', 'выдадут'], past: ['выдал', 'выдала', 'выдало', 'выдали'], pp: 'выдан' },
  сложить: { a: 'pf', pp: 'сложен' }, подвергнуть: { a: 'pf', past: ['подверг', 'подвергла', 'подвергло', 'подвергли'], pp: 'подвергнут' },
  возбудить: { a: 'pf', pp: 'возбуждён' }, митинговать: { a: 'ipf' }, перекрыть: { a: 'pf', p: ['перекроет', 'перекроют'], pp: 'перекрыт' },
  расширить: { a: 'pf', pp: 'расширен' }, продлить: { a: 'pf', pp: 'продлён' }, понизить: { a: 'pf', pp: 'понижен' },
  оцепить: { a: 'pf', pp: 'оцеплен' }, произвести: { a: 'pf', p: ['произведёт', 'произведут'], past: ['произвёл', 'произвела', 'произвело', 'произвели'], ger: 'произведя', pp: 'произведён' },
  осуществить: { a: 'pf', pp: 'осуществлён' }, содействовать: { a: 'ipf' }, способствовать: { a: 'ipf' },
};
/** The compiler hands the inflector folded words (ё → е, й → и): VERBS is looked up by that spelling. */
const foldRu = (w: string): string => w.replace(/ё/g, 'е').replace(/й/g, 'и');
const VERBS_FOLDED: Readonly<Record<string, VerbInfo>> = Object.fromEntries(Object.entries(VERBS).map(([k, v]) => [foldRu(k), v]));
const lookup = (w: string): VerbInfo | undefined => VERBS_FOLDED[foldRu(w)];

const HUSH = /[жшчщ]$/;
const VELAR_HUSH = /[гкхжшчщ]$/;

/** Third-person singular and plural non-past of a non-reflexive infinitive by conjugation class. */
function nonPast(inf: string, c2: boolean): [string, string] | null {
  if (/авать$/.test(inf)) { const s = inf.slice(0, -4); return [s + 'ёт', s + 'ют']; } // признавать → признаёт
  if (/овать$/.test(inf)) { const s = inf.slice(0, -5); return [s + 'ует', s + 'уют']; } // атаковать → атакует
  if (c2 && /[аея]ть$/.test(inf)) { const s = inf.slice(0, -3); return [s + 'ит', s + (HUSH.test(s) ? 'ат' : 'ят')]; }
  if (/[аяе]ть$/.test(inf)) { const s = inf.slice(0, -2); return [s + 'ет', s + 'ют']; } // осуждать → осуждает
  if (/ить$/.test(inf) && inf.length > 4) { const s = inf.slice(0, -3); return [s + 'ит', s + (HUSH.test(s) ? 'ат' : 'ят')]; }
  if (/нуть$/.test(inf)) { const s = inf.slice(0, -3); return [s + 'ет', s + 'ут']; } // вернуть → вернёт
  return null;
}

/** Past tense m, f, n, pl of an infinitive in -ть. */
function pastOf(inf: string): [string, string, string, string] | null {
  if (!/ть$/.test(inf)) return null;
  const s = inf.slice(0, -2);
  return [s + 'л', s + 'ла', s + 'ло', s + 'ли'];
}

/** Imperfective adverbial participle from the third-person plural (осуждают → осуждая, держат → держа). */
function imperfectiveGerund(inf: string, pl: string): string | null {
  if (/авать$/.test(inf)) return inf.slice(0, -2) + 'я'; // давая, признавая
  const m = /^(.*?)([юяуа])т$/.exec(pl);
  if (!m) return null;
  const stem = m[1]!;
  return stem + (HUSH.test(stem) ? 'а' : 'я');
}

/** Short passive participle forms (m, f, n, pl) from the masculine. */
function participleForms(m: string): string[] {
  const ye = /ён$/.exec(m) ? m.slice(0, -2) : /ен$/.test(m) ? m.slice(0, -2) : null;
  if (ye !== null) return [m, ye + 'ена', ye + 'ено', ye + 'ены'];
  return [m, m + 'а', m + 'о', m + 'ы'];
}

/** Short passive participle of a regular transitive perfective verb, when the rules can tell it. */
function defaultParticiple(inf: string): string | null {
  if (/овать$/.test(inf)) return inf.slice(0, -2) + 'н'; // атакован
  if (/[ая]ть$/.test(inf)) return inf.slice(0, -2) + 'н';  // подписан, обстрелян
  if (/нуть$/.test(inf)) return inf.slice(0, -2) + 'т';   // отвергнут
  return null;
}

function russianVerb(word: string): Form[] {
  const refl = /(?:ть|ти|чь)(?:ся|сь)$/.test(word);
  const base = refl ? word.slice(0, -2) : word;
  const own = lookup(word);
  // a verb missing from VERBS is read as imperfective: its non-past is a present, never an invented future
  const info: VerbInfo = own ?? lookup(base) ?? { a: 'ipf' };
  // forms written in VERBS under the reflexive infinitive already carry -ся
  const verbatim = refl && !!own;
  const sfx = (f: string, soft = false) => (!refl ? f : soft || /[аеёиоуыэюя]$/.test(f) ? f + 'сь' : f + 'ся');
  const tab = (f: string, soft = false) => (verbatim ? f : sfx(f, soft));
  const out: Form[] = [{ form: word, f: 'inf' }];
  const np = info.p ? info.p.map((f) => tab(f)) : nonPast(base, !!info.c2)?.map((f) => sfx(f));
  if (np) for (const form of np) out.push({ form, f: info.a === 'pf' ? 'fut' : 'fin' });
  const past = info.past ? info.past.map((f, i) => tab(f, i > 0)) : pastOf(base)?.map((f, i) => sfx(f, i > 0));
  if (past) for (const form of past) {
    out.push({ form, f: 'fin' });
    // the conditional: past + бы ("поддержал бы")
    out.push({ form, f: 'cond', rest: ['бы'], gap: 1 });
  }
  // adverbial participles: perfective осудив / встретившись, imperfective осуждая / встречаясь
  if (info.ger) out.push({ form: verbatim ? info.ger : refl ? info.ger.replace(/в$/, 'вшись') : info.ger, f: 'ger' });
  else {
    if (info.a !== 'ipf' && /ть$/.test(base)) out.push({ form: base.slice(0, -2) + (refl ? 'вшись' : 'в'), f: 'ger' });
    if (info.a !== 'pf' && np) {
      const g = imperfectiveGerund(base, nonPast(base, !!info.c2)?.[1] ?? '');
      if (g) out.push({ form: refl ? g + 'сь' : g, f: 'ger' });
    }
  }
  // short passive participles of perfective transitive verbs: "был осуждён", "посол вызван"
  if (!refl && info.a !== 'ipf' && info.pp !== '-') {
    const m = info.pp ?? defaultParticiple(base);
    if (m) for (const form of participleForms(m)) out.push({ form, f: 'part' });
  }
  return out;
}

/** Masculine nouns in -ь (most nouns in -ь are feminine: помощь, солидарность). */
const MASC_SOFT = new Set(['контроль', 'рубль', 'союзник']);
/** Stems with a fleeting vowel in the oblique cases: звонок → звонка. */
const FLEETING: Readonly<Record<string, string>> = { звонок: 'звонк', заём: 'займ', заем: 'займ', отпор: 'отпор' };

/** Genitive plural of a feminine noun in -а with a consonant cluster before к: поддержка → поддержек, поставка → поставок. */
function genitivePluralA(stem: string): string {
  const m = /^(.*[^аеёиоуыэюя])(к)$/.exec(stem);
  if (!m || /[аеёиоуыэюя]$/.test(m[1]!)) return stem;
  const pre = m[1]!;
  if (/[йь]$/.test(pre)) return pre.slice(0, -1) + 'ек';
  return pre + (HUSH.test(pre) ? 'ек' : 'ок');
}

/** The six cases, singular and plural, of a noun by its declension class. */
function russianNoun(lemma: string): string[] {
  const f = new Set<string>([lemma]);
  const add = (...xs: string[]) => { for (const x of xs) f.add(x); };
  let m: RegExpExecArray | null;
  if ((m = /^(.*)ие$/.exec(lemma))) { const s = m[1]!; add(s + 'ия', s + 'ию', s + 'ием', s + 'ии', s + 'ий', s + 'иям', s + 'иями', s + 'иях'); }
  else if ((m = /^(.*)ия$/.exec(lemma))) { const s = m[1]!; add(s + 'ии', s + 'ию', s + 'ией', s + 'ий', s + 'иям', s + 'иями', s + 'иях'); }
  else if ((m = /^(.*)а$/.exec(lemma))) {
    const s = m[1]!;
    const y = VELAR_HUSH.test(s) ? 'и' : 'ы';
    add(s + y, s + 'е', s + 'у', s + 'ой', s + 'ою', s + 'ам', s + 'ами', s + 'ах', genitivePluralA(s));
    if (/[жшчщц]$/.test(s)) add(s + 'ей', s + 'ею'); // встречей
  } else if ((m = /^(.*)я$/.exec(lemma))) {
    const s = m[1]!;
    add(s + 'и', s + 'е', s + 'ю', s + 'ей', s + 'ею', s + 'ям', s + 'ями', s + 'ях', /[аеёиоуыэюя]$/.test(s) ? s + 'й' : s + 'ь');
  } else if ((m = /^(.*)о$/.exec(lemma))) { const s = m[1]!; add(s + 'а', s + 'у', s + 'ом', s + 'е', s, s + 'ам', s + 'ами', s + 'ах'); }
  else if ((m = /^(.*)ь$/.exec(lemma))) {
    const s = m[1]!;
    if (MASC_SOFT.has(lemma)) add(s + 'я', s + 'ю', s + 'ем', s + 'е', s + 'и', s + 'ей', s + 'ям', s + 'ями', s + 'ях');
    else {
      const h = HUSH.test(s);
      add(s + 'и', s + 'ью', s + 'ей', s + (h ? 'ам' : 'ям'), s + (h ? 'ами' : 'ями'), s + (h ? 'ах' : 'ях'));
    }
  } else if ((m = /^(.*)й$/.exec(lemma))) { const s = m[1]!; add(s + 'я', s + 'ю', s + 'ем', s + 'е', s + 'и', s + 'ев', s + 'ёв', s + 'ям', s + 'ями', s + 'ях'); }
  else if (/[бвгджзклмнпрстфхцчшщ]$/.test(lemma)) {
    const s = FLEETING[lemma] ?? lemma;
    const hush = HUSH.test(s);
    add(s + 'а', s + 'у', s + 'ом', s + 'е', s + (VELAR_HUSH.test(s) ? 'и' : 'ы'), s + (hush ? 'ей' : /ц$/.test(s) ? 'ев' : 'ов'), s + 'ам', s + 'ами', s + 'ах');
    if (/[жшчщц]$/.test(s)) add(s + 'ем'); // маршем
  }
  return [...f];
}

/** Object pronouns right after a gerund or infinitive ("обвинив их", "поддержать его"): the Russian
 *  counterpart of Italian clitics (accusandoli). Their referent is the previous trigger's target. */
const OBJECT_PRONOUNS: ReadonlyArray<readonly [string, 'singular' | 'plural']> = [['их', 'plural'], ['его', 'singular'], ['её', 'singular']];

export function inflectRussian(word: string, pos: 'verb' | 'noun'): Form[] {
  let w = word.toLowerCase();
  // a folded noun in vowel + и was written with й (бой → "бои"): no Russian noun lemma ends in a vowel + и
  if (pos === 'noun' && /[аеоуыэюя]и$/.test(w)) w = w.slice(0, -1) + 'й';
  if (pos === 'verb') {
    const forms: Array<Form & { cl?: 'singular' | 'plural' }> = russianVerb(w);
    for (const { form, f } of forms.slice()) {
      if (f !== 'ger' && f !== 'inf') continue;
      for (const [pron, cl] of OBJECT_PRONOUNS) forms.push({ form, f, rest: [pron], gap: 1, cl });
    }
    return forms;
  }
  return russianNoun(w).map((form) => ({ form, f: 'noun' as const }));
}
