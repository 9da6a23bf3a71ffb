import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessLanguage, MIN_WORDS } from '../../src/analysis/language.js';
import { ROOT } from '../helpers/cli.js';

const DRAFTS = path.join(ROOT, 'fixtures/drafts');

describe('guessLanguage', () => {
  it('takes every fixture draft and customer message for English', () => {
    for (const dir of [DRAFTS, path.join(ROOT, 'fixtures/customers')]) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
        const text = readFileSync(path.join(dir, file), 'utf8');
        expect(guessLanguage(text).english, file).toBe(true);
      }
    }
  });

  it.each([
    [
      'Spanish',
      'Hola Dana, lamentamos mucho el retraso de su pedido. Hemos enviado un reembolso completo a su tarjeta y debería llegar en tres días. Gracias por su paciencia.',
    ],
    [
      'Portuguese',
      'Olá Dana, pedimos desculpas pelo atraso do seu pedido. Já fizemos o reembolso no seu cartão e ele deve aparecer em até três dias úteis. Obrigado pela paciência.',
    ],
    [
      'French',
      'Bonjour Dana, nous sommes désolés pour le retard de votre commande. Nous avons remboursé votre carte et le montant apparaîtra sous trois jours. Merci pour votre patience.',
    ],
    [
      'German',
      'Hallo Dana, es tut uns leid, dass Ihre Bestellung so spät ankommt. Wir haben den Betrag auf Ihre Karte zurückerstattet, er wird in drei Tagen sichtbar sein.',
    ],
    [
      'Dutch',
      'Hallo Dana, het spijt ons dat je bestelling te laat is. We hebben het bedrag op je kaart teruggestort en het is over drie dagen zichtbaar. Bedankt voor je geduld.',
    ],
    [
      'Italian',
      'Ciao Dana, ci scusiamo per il ritardo del tuo ordine. Abbiamo rimborsato la tua carta e il rimborso sarà visibile entro tre giorni. Grazie per la pazienza.',
    ],
    [
      'Russian',
      'Здравствуйте, Дана! Приносим извинения за задержку заказа. Мы вернули деньги на вашу карту, они появятся в течение трёх дней. Спасибо за терпение.',
    ],
    [
      'Japanese',
      'ダナ様、ご注文の遅延について大変申し訳ございません。カードへの返金手続きを完了しました。三日以内に反映されます。ご理解のほどよろしくお願いいたします。',
    ],
    [
      'Arabic',
      'مرحبا دانا، نعتذر عن تأخير طلبك. لقد أعدنا المبلغ إلى بطاقتك وسيظهر خلال ثلاثة أيام. شكرا لصبرك وتفهمك الكريم.',
    ],
  ])('takes a reply in %s for another language', (_language, text) => {
    expect(guessLanguage(text).english).toBe(false);
  });

  it.each([
    [
      'foreign names and places',
      'Hi Renée, thanks for your patience. Our Zürich team (équipe de Genève) shipped the Größe XL jacket today, so it should reach you by Friday.',
    ],
    [
      'a quoted foreign phrase',
      'Hi Dana, you wrote "no me llegó el paquete, quiero mi dinero" and I am so sorry about that. I have refunded you today and you will see it by Monday.',
    ],
    [
      'codes and numbers',
      'Order A1B2C3 (SKU 4432-XL, RMA 99812) shipped 2024-05-01 via DHL 1Z999AA10123456784; refund ref 7731 is on its way to you.',
    ],
    ['a short foreign greeting', 'Hola Dana! Gracias!'],
  ])('keeps an English reply with %s', (_what, text) => {
    expect(guessLanguage(text).english).toBe(true);
  });

  it(`never decides on fewer than ${MIN_WORDS} different words`, () => {
    expect(guessLanguage('Muchas gracias por su paciencia, le escribimos pronto').english).toBe(
      true,
    );
  });
});
