/**
 * The notification e-mails' words in the widget's 11 languages. Placeholders
 * in braces ({case}, {status}…) are filled as plain text: nothing a customer
 * or staff typed is ever read as HTML.
 */

export const EMAIL_STATUSES = [
  'received', 'label_available', 'parcel_received', 'in_diagnosis', 'quote_waiting', 'repair_in_progress', 'shipped_back',
  'closed', 'cancelled', 'refused', 'quote_accepted', 'quote_declined',
] as const;
type EmailStatus = (typeof EMAIL_STATUSES)[number];

export interface EmailTexts {
  /** `{case}`, `{status}` */
  subject: string;
  /** `{case}`, `{status}` */
  update: string;
  /** `{note}` */
  note: string;
  /** `{amount}`, `{covers}` */
  quote: string;
  /** With a quote: what declining it costs. `{fee}`: the inspection fee, per hour. */
  feeIfDeclined: string;
  /** With a declined quote: the products come back unrepaired, the fee is charged. `{fee}` */
  feeDeclined: string;
  /** `{number}` */
  tracking: string;
  label: string;
  /** With the "received" and label e-mails: print the case form from the status page, and put it in the parcel. */
  caseForm: string;
  /** `{url}` */
  follow: string;
  statuses: Record<EmailStatus, string>;
  /** The acknowledgement of a contact message: its subject line. `{reference}` */
  messageSubject: string;
  /** The acknowledgement: the message arrived, support answers by e-mail. */
  messageReceived: string;
  /** The acknowledgement, when the configuration says: `{days}`, a duration in days ("3 days"). */
  messageAnswerWithin: string;
  /** The acknowledgement: the reference to quote. `{reference}` */
  messageReference: string;
}

export const EMAIL_TEXTS: Record<string, EmailTexts> = {
  en: {
    subject: 'Repair case {case}: {status}', update: 'Your repair case {case} has a new status: {status}.', note: 'Message from the workshop: {note}',
    quote: 'Quote: {amount}. It covers: {covers}. Accept or decline it on your status page.', feeIfDeclined: 'If you decline it, your products are sent back unrepaired and an inspection fee of {fee} per hour is charged.',
    feeDeclined: 'Your products will be sent back unrepaired, and an inspection fee of {fee} per hour is charged.',
    tracking: 'Tracking number: {number}',
    label: 'Your return label is ready: download and print it from your status page.', follow: 'Follow your repair: {url}',
    caseForm: 'Print your case form from your status page and put it in the parcel with your products: without it, the repair is delayed and your products may be returned unrepaired.',
    statuses: {
      received: 'Request received', label_available: 'Return label available', parcel_received: 'Parcel received', in_diagnosis: 'In diagnosis',
      quote_waiting: 'Quote waiting for your answer', repair_in_progress: 'Repair in progress', shipped_back: 'Shipped back', closed: 'Closed',
      cancelled: 'Cancelled', refused: 'Refused', quote_accepted: 'Quote accepted', quote_declined: 'Quote declined',
    },
    messageSubject: 'We received your message ({reference})', messageReceived: 'Thank you for your message: we have received it, and support will answer you by e-mail.',
    messageAnswerWithin: 'Support usually answers within {days}, not counting weekends and public holidays.',
    messageReference: 'Your reference: {reference}. Quote it if you write to us about this message.',
  },
  fr: {
    subject: 'Dossier de réparation {case} : {status}', update: 'Votre dossier de réparation {case} a un nouveau statut : {status}.', note: 'Message de l’atelier : {note}',
    quote: 'Devis : {amount}. Il couvre : {covers}. Acceptez-le ou refusez-le sur votre page de suivi.', feeIfDeclined: 'Si vous le refusez, vos produits vous sont renvoyés sans réparation et des frais d’inspection de {fee} de l’heure sont facturés.',
    feeDeclined: 'Vos produits vous seront renvoyés sans réparation, et des frais d’inspection de {fee} de l’heure sont facturés.',
    tracking: 'Numéro de suivi : {number}',
    label: 'Votre étiquette de retour est prête : téléchargez-la et imprimez-la depuis votre page de suivi.', follow: 'Suivre votre réparation : {url}',
    caseForm: 'Imprimez votre formulaire de dossier depuis votre page de suivi et mettez-le dans le colis avec vos produits : sans lui, la réparation est retardée et vos produits risquent d’être renvoyés sans être réparés.',
    statuses: {
      received: 'Demande reçue', label_available: 'Étiquette de retour disponible', parcel_received: 'Colis reçu', in_diagnosis: 'En diagnostic',
      quote_waiting: 'Devis en attente de votre réponse', repair_in_progress: 'Réparation en cours', shipped_back: 'Renvoyé', closed: 'Clôturé',
      cancelled: 'Annulé', refused: 'Refusé', quote_accepted: 'Devis accepté', quote_declined: 'Devis refusé',
    },
    messageSubject: 'Nous avons reçu votre message ({reference})', messageReceived: 'Merci pour votre message : nous l’avons bien reçu, et l’assistance vous répondra par e-mail.',
    messageAnswerWithin: 'L’assistance répond en général sous {days}, hors week-ends et jours fériés.',
    messageReference: 'Votre référence : {reference}. Indiquez-la si vous nous écrivez au sujet de ce message.',
  },
  de: {
    subject: 'Reparaturfall {case}: {status}', update: 'Ihr Reparaturfall {case} hat einen neuen Status: {status}.', note: 'Nachricht der Werkstatt: {note}',
    quote: 'Kostenvoranschlag: {amount}. Er umfasst: {covers}. Nehmen Sie ihn auf Ihrer Statusseite an oder lehnen Sie ihn ab.', feeIfDeclined: 'Wenn Sie ihn ablehnen, werden Ihre Produkte unrepariert zurückgesandt und eine Prüfgebühr von {fee} pro Stunde wird berechnet.',
    feeDeclined: 'Ihre Produkte werden unrepariert zurückgesandt, und eine Prüfgebühr von {fee} pro Stunde wird berechnet.',
    tracking: 'Sendungsnummer: {number}',
    label: 'Ihr Rücksendeetikett ist bereit: Laden Sie es auf Ihrer Statusseite herunter und drucken Sie es aus.', follow: 'Reparatur verfolgen: {url}',
    caseForm: 'Drucken Sie Ihren Begleitschein auf Ihrer Statusseite aus und legen Sie ihn mit Ihren Produkten in das Paket: Ohne ihn verzögert sich die Reparatur, und Ihre Produkte werden möglicherweise unrepariert zurückgesandt.',
    statuses: {
      received: 'Anfrage erhalten', label_available: 'Rücksendeetikett verfügbar', parcel_received: 'Paket erhalten', in_diagnosis: 'In Diagnose',
      quote_waiting: 'Kostenvoranschlag wartet auf Ihre Antwort', repair_in_progress: 'Reparatur läuft', shipped_back: 'Zurückgesandt', closed: 'Abgeschlossen',
      cancelled: 'Storniert', refused: 'Abgelehnt', quote_accepted: 'Kostenvoranschlag angenommen', quote_declined: 'Kostenvoranschlag abgelehnt',
    },
    messageSubject: 'Wir haben Ihre Nachricht erhalten ({reference})', messageReceived: 'Vielen Dank für Ihre Nachricht: Wir haben sie erhalten, und der Support antwortet Ihnen per E-Mail.',
    messageAnswerWithin: 'Antwortzeit des Supports: in der Regel {days}, Wochenenden und Feiertage nicht mitgerechnet.',
    messageReference: 'Ihre Referenz: {reference}. Geben Sie sie an, wenn Sie uns zu dieser Nachricht schreiben.',
  },
  es: {
    subject: 'Caso de reparación {case}: {status}', update: 'Su caso de reparación {case} tiene un nuevo estado: {status}.', note: 'Mensaje del taller: {note}',
    quote: 'Presupuesto: {amount}. Incluye: {covers}. Acéptelo o recházelo en su página de estado.', feeIfDeclined: 'Si lo rechaza, sus productos se le devuelven sin reparar y se cobra una tarifa de inspección de {fee} por hora.',
    feeDeclined: 'Sus productos se le devolverán sin reparar, y se cobra una tarifa de inspección de {fee} por hora.',
    tracking: 'Número de seguimiento: {number}',
    label: 'Su etiqueta de devolución está lista: descárguela e imprímala desde su página de estado.', follow: 'Siga su reparación: {url}',
    caseForm: 'Imprima el formulario del caso desde su página de estado y póngalo en el paquete con sus productos: sin él, la reparación se retrasa y sus productos podrían devolverse sin reparar.',
    statuses: {
      received: 'Solicitud recibida', label_available: 'Etiqueta de devolución disponible', parcel_received: 'Paquete recibido', in_diagnosis: 'En diagnóstico',
      quote_waiting: 'Presupuesto pendiente de su respuesta', repair_in_progress: 'Reparación en curso', shipped_back: 'Devuelto', closed: 'Cerrado',
      cancelled: 'Cancelado', refused: 'Rechazado', quote_accepted: 'Presupuesto aceptado', quote_declined: 'Presupuesto rechazado',
    },
    messageSubject: 'Hemos recibido su mensaje ({reference})', messageReceived: 'Gracias por su mensaje: lo hemos recibido y el servicio de asistencia le responderá por correo electrónico.',
    messageAnswerWithin: 'El servicio de asistencia suele responder en un plazo de {days}, sin contar fines de semana ni festivos.',
    messageReference: 'Su referencia: {reference}. Indíquela si nos escribe sobre este mensaje.',
  },
  it: {
    subject: 'Pratica di riparazione {case}: {status}', update: 'La tua pratica di riparazione {case} ha un nuovo stato: {status}.', note: 'Messaggio dal laboratorio: {note}',
    quote: 'Preventivo: {amount}. Comprende: {covers}. Accettalo o rifiutalo dalla tua pagina di stato.', feeIfDeclined: 'Se lo rifiuti, i prodotti ti vengono rispediti senza riparazione e viene addebitato un costo di ispezione di {fee} all’ora.',
    feeDeclined: 'I prodotti ti verranno rispediti senza riparazione, e viene addebitato un costo di ispezione di {fee} all’ora.',
    tracking: 'Numero di tracciamento: {number}',
    label: 'La tua etichetta di reso è pronta: scaricala e stampala dalla tua pagina di stato.', follow: 'Segui la riparazione: {url}',
    caseForm: 'Stampa il modulo della pratica dalla tua pagina di stato e mettilo nel pacco con i tuoi prodotti: senza di esso, la riparazione subisce ritardi e i prodotti potrebbero essere restituiti senza essere riparati.',
    statuses: {
      received: 'Richiesta ricevuta', label_available: 'Etichetta di reso disponibile', parcel_received: 'Pacco ricevuto', in_diagnosis: 'In diagnosi',
      quote_waiting: 'Preventivo in attesa della tua risposta', repair_in_progress: 'Riparazione in corso', shipped_back: 'Rispedito', closed: 'Chiusa',
      cancelled: 'Annullata', refused: 'Rifiutata', quote_accepted: 'Preventivo accettato', quote_declined: 'Preventivo rifiutato',
    },
    messageSubject: 'Abbiamo ricevuto il tuo messaggio ({reference})', messageReceived: 'Grazie per il tuo messaggio: l’abbiamo ricevuto e l’assistenza ti risponderà via e-mail.',
    messageAnswerWithin: 'Di solito l’assistenza risponde entro {days}, esclusi fine settimana e festivi.',
    messageReference: 'Il tuo riferimento: {reference}. Indicalo se ci scrivi a proposito di questo messaggio.',
  },
  nl: {
    subject: 'Reparatiedossier {case}: {status}', update: 'Uw reparatiedossier {case} heeft een nieuwe status: {status}.', note: 'Bericht van de werkplaats: {note}',
    quote: 'Offerte: {amount}. Deze omvat: {covers}. Accepteer of weiger de offerte op uw statuspagina.', feeIfDeclined: 'Als u de offerte weigert, worden uw producten ongerepareerd teruggestuurd en worden inspectiekosten van {fee} per uur in rekening gebracht.',
    feeDeclined: 'Uw producten worden ongerepareerd teruggestuurd, en er worden inspectiekosten van {fee} per uur in rekening gebracht.',
    tracking: 'Trackingnummer: {number}',
    label: 'Uw retourlabel is klaar: download en print het via uw statuspagina.', follow: 'Volg uw reparatie: {url}',
    caseForm: 'Druk uw reparatieformulier af via uw statuspagina en doe het bij uw producten in het pakket: zonder formulier loopt de reparatie vertraging op en kunnen uw producten ongerepareerd worden teruggestuurd.',
    statuses: {
      received: 'Aanvraag ontvangen', label_available: 'Retourlabel beschikbaar', parcel_received: 'Pakket ontvangen', in_diagnosis: 'In diagnose',
      quote_waiting: 'Offerte wacht op uw antwoord', repair_in_progress: 'Reparatie bezig', shipped_back: 'Teruggestuurd', closed: 'Afgesloten',
      cancelled: 'Geannuleerd', refused: 'Geweigerd', quote_accepted: 'Offerte geaccepteerd', quote_declined: 'Offerte geweigerd',
    },
    messageSubject: 'We hebben uw bericht ontvangen ({reference})', messageReceived: 'Bedankt voor uw bericht: we hebben het ontvangen en de klantenservice antwoordt u per e-mail.',
    messageAnswerWithin: 'De klantenservice antwoordt meestal binnen {days}, weekends en feestdagen niet meegerekend.',
    messageReference: 'Uw referentie: {reference}. Vermeld deze als u ons over dit bericht schrijft.',
  },
  pl: {
    subject: 'Zgłoszenie naprawy {case}: {status}', update: 'Twoje zgłoszenie naprawy {case} ma nowy status: {status}.', note: 'Wiadomość z serwisu: {note}',
    quote: 'Wycena: {amount}. Obejmuje: {covers}. Zaakceptuj ją lub odrzuć na swojej stronie statusu.', feeIfDeclined: 'Jeśli ją odrzucisz, produkty zostaną odesłane bez naprawy i zostanie naliczona opłata za inspekcję w wysokości {fee} za godzinę.',
    feeDeclined: 'Produkty zostaną odesłane bez naprawy, a opłata za inspekcję w wysokości {fee} za godzinę zostanie naliczona.',
    tracking: 'Numer przesyłki: {number}',
    label: 'Twoja etykieta zwrotna jest gotowa: pobierz ją i wydrukuj ze swojej strony statusu.', follow: 'Śledź naprawę: {url}',
    caseForm: 'Wydrukuj formularz zgłoszenia ze swojej strony statusu i włóż go do paczki razem z produktami: bez niego naprawa się opóźni, a produkty mogą zostać odesłane bez naprawy.',
    statuses: {
      received: 'Zgłoszenie otrzymane', label_available: 'Etykieta zwrotna dostępna', parcel_received: 'Paczka odebrana', in_diagnosis: 'W diagnozie',
      quote_waiting: 'Wycena czeka na Twoją odpowiedź', repair_in_progress: 'Naprawa w toku', shipped_back: 'Odesłano', closed: 'Zamknięte',
      cancelled: 'Anulowane', refused: 'Odrzucone', quote_accepted: 'Wycena zaakceptowana', quote_declined: 'Wycena odrzucona',
    },
    messageSubject: 'Otrzymaliśmy Twoją wiadomość ({reference})', messageReceived: 'Dziękujemy za wiadomość: otrzymaliśmy ją, a dział pomocy odpowie Ci e-mailem.',
    messageAnswerWithin: 'Czas odpowiedzi działu pomocy to zwykle {days}, nie licząc weekendów i świąt.',
    messageReference: 'Twój numer referencyjny: {reference}. Podaj go, jeśli napiszesz do nas w sprawie tej wiadomości.',
  },
  pt: {
    subject: 'Processo de reparação {case}: {status}', update: 'O seu processo de reparação {case} tem um novo estado: {status}.', note: 'Mensagem da oficina: {note}',
    quote: 'Orçamento: {amount}. Inclui: {covers}. Aceite-o ou recuse-o na sua página de estado.', feeIfDeclined: 'Se o recusar, os seus produtos são devolvidos sem reparação e é cobrada uma taxa de inspeção de {fee} por hora.',
    feeDeclined: 'Os seus produtos serão devolvidos sem reparação, e é cobrada uma taxa de inspeção de {fee} por hora.',
    tracking: 'Número de seguimento: {number}',
    label: 'A sua etiqueta de devolução está pronta: descarregue-a e imprima-a na sua página de estado.', follow: 'Acompanhe a sua reparação: {url}',
    caseForm: 'Imprima o formulário do caso na sua página de estado e coloque-o na encomenda com os seus produtos: sem ele, a reparação sofre atrasos e os seus produtos podem ser devolvidos sem reparação.',
    statuses: {
      received: 'Pedido recebido', label_available: 'Etiqueta de devolução disponível', parcel_received: 'Encomenda recebida', in_diagnosis: 'Em diagnóstico',
      quote_waiting: 'Orçamento à espera da sua resposta', repair_in_progress: 'Reparação em curso', shipped_back: 'Devolvido', closed: 'Encerrado',
      cancelled: 'Cancelado', refused: 'Recusado', quote_accepted: 'Orçamento aceite', quote_declined: 'Orçamento recusado',
    },
    messageSubject: 'Recebemos a sua mensagem ({reference})', messageReceived: 'Obrigado pela sua mensagem: recebemo-la e o apoio ao cliente responder-lhe-á por e-mail.',
    messageAnswerWithin: 'O apoio ao cliente costuma responder no prazo de {days}, sem contar fins de semana e feriados.',
    messageReference: 'A sua referência: {reference}. Indique-a se nos escrever sobre esta mensagem.',
  },
  'zh-Hans': {
    subject: '维修案例 {case}：{status}', update: '您的维修案例 {case} 状态已更新：{status}。', note: '维修中心留言：{note}',
    quote: '报价：{amount}。包含：{covers}。请在您的状态页面接受或拒绝。', feeIfDeclined: '如果您拒绝报价，您的产品将未经维修寄回，并按每小时 {fee} 收取检测费。',
    feeDeclined: '您的产品将未经维修寄回，并按每小时 {fee} 收取检测费。',
    tracking: '运单号：{number}',
    label: '您的退货标签已准备好：请在状态页面下载并打印。', follow: '跟踪您的维修：{url}',
    caseForm: '请在状态页面打印您的服务单，并将其与产品一起放入包裹：缺少服务单会导致维修延误，产品可能未经维修即被退回。',
    statuses: {
      received: '已收到申请', label_available: '退货标签可用', parcel_received: '已收到包裹', in_diagnosis: '诊断中',
      quote_waiting: '报价等待您的答复', repair_in_progress: '维修中', shipped_back: '已寄回', closed: '已结案',
      cancelled: '已取消', refused: '已拒绝', quote_accepted: '已接受报价', quote_declined: '已拒绝报价',
    },
    messageSubject: '我们已收到您的留言（{reference}）', messageReceived: '感谢您的留言：我们已收到，客服将通过电子邮件回复您。',
    messageAnswerWithin: '客服通常会在 {days}内回复（不含周末和公共假日）。',
    messageReference: '您的参考编号：{reference}。如就此留言与我们联系，请提供该编号。',
  },
  ja: {
    subject: '修理ケース {case}：{status}', update: '修理ケース {case} のステータスが更新されました：{status}。', note: '修理センターからのメッセージ：{note}',
    quote: 'お見積もり：{amount}。内容：{covers}。ステータスページで承認または辞退してください。', feeIfDeclined: '辞退すると、製品は修理されずに返送され、1時間あたり {fee} の点検料が請求されます。',
    feeDeclined: '製品は修理されずに返送され、1時間あたり {fee} の点検料が請求されます。',
    tracking: '追跡番号：{number}',
    label: '返送ラベルの準備ができました。ステータスページからダウンロードして印刷してください。', follow: '修理の進捗を確認：{url}',
    caseForm: 'ステータスページから修理依頼書を印刷し、製品と一緒に荷物に入れてください。同梱されていないと修理が遅れ、製品が未修理のまま返送される場合があります。',
    statuses: {
      received: '受付済み', label_available: '返送ラベルあり', parcel_received: '荷物受領', in_diagnosis: '診断中',
      quote_waiting: 'お見積もりへの回答待ち', repair_in_progress: '修理中', shipped_back: '返送済み', closed: '完了',
      cancelled: 'キャンセル', refused: '受付不可', quote_accepted: 'お見積もり承認', quote_declined: 'お見積もり辞退',
    },
    messageSubject: 'お問い合わせを受け付けました（{reference}）', messageReceived: 'お問い合わせありがとうございます。メッセージを受け付けました。サポートよりメールでご回答します。',
    messageAnswerWithin: '通常、土日祝日を除き {days}以内にご回答します。',
    messageReference: 'お問い合わせ番号：{reference}。このお問い合わせについてご連絡いただく際は、この番号をお伝えください。',
  },
  ar: {
    subject: 'حالة الإصلاح {case}: {status}', update: 'لحالة الإصلاح {case} وضع جديد: {status}.', note: 'رسالة من الورشة: {note}',
    quote: 'عرض السعر: {amount}. يشمل: {covers}. اقبله أو ارفضه من صفحة الحالة.', feeIfDeclined: 'إذا رفضته، فستُعاد منتجاتك دون إصلاح وتُحتسب رسوم فحص قدرها {fee} في الساعة.',
    feeDeclined: 'ستُعاد منتجاتك دون إصلاح، وتُحتسب رسوم فحص قدرها {fee} في الساعة.',
    tracking: 'رقم التتبع: {number}',
    label: 'ملصق الإرجاع جاهز: نزّله واطبعه من صفحة الحالة.', follow: 'تابع الإصلاح: {url}',
    caseForm: 'اطبع نموذج الحالة من صفحة الحالة وضعه في الطرد مع منتجاتك: بدونه يتأخر الإصلاح وقد تُعاد منتجاتك دون إصلاح.',
    statuses: {
      received: 'تم استلام الطلب', label_available: 'ملصق الإرجاع متاح', parcel_received: 'تم استلام الطرد', in_diagnosis: 'قيد التشخيص',
      quote_waiting: 'عرض السعر بانتظار ردك', repair_in_progress: 'الإصلاح جارٍ', shipped_back: 'أُعيد الشحن', closed: 'مغلقة',
      cancelled: 'ملغاة', refused: 'مرفوضة', quote_accepted: 'تم قبول عرض السعر', quote_declined: 'تم رفض عرض السعر',
    },
    messageSubject: 'تلقّينا رسالتك ({reference})', messageReceived: 'شكرًا على رسالتك: لقد تلقّيناها، وسيرد عليك فريق الدعم عبر البريد الإلكتروني.',
    messageAnswerWithin: 'مدة الرد المعتادة لفريق الدعم: {days}، دون احتساب عطلات نهاية الأسبوع والعطل الرسمية.',
    messageReference: 'رقمك المرجعي: {reference}. اذكره إذا راسلتنا بشأن هذه الرسالة.',
  },
};

/** The texts of a locale (`fr-CA` → `fr`, `zh-CN` → `zh-Hans`), English when none. */
export function textsFor(locale: string): { locale: string; texts: EmailTexts } {
  const [language = 'en'] = locale.split('-');
  const key = EMAIL_TEXTS[locale] ? locale : language === 'zh' ? 'zh-Hans' : EMAIL_TEXTS[language] ? language : 'en';
  return { locale: key, texts: EMAIL_TEXTS[key]! };
}

/** Fills `{name}` placeholders. */
export const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
