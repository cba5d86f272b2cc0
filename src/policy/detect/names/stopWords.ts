/**
 * Capitalised words that are never a person in this setting, even where a name list says
 * otherwise (Derby, Ripley and Burton are surnames too; Chester and Florence are given names
 * elsewhere, but here "Chesterfield" and "Florence Nightingale House" are places). Lower-case.
 */
export const NOT_NAMES = [
  // East Midlands and neighbouring places
  "derby derbyshire chesterfield buxton matlock belper ripley heanor ilkeston glossop swadlincote ashbourne",
  "bakewell alfreton bolsover dronfield staveley clowne shirebrook killamarsh eckington sandiacre",
  "borrowash spondon chaddesden alvaston allenton sinfin normanton littleover mickleover allestree",
  "oakwood chellaston melbourne repton etwall mackworth osmaston wirksworth whaley hadfield",
  "gamesley hathersage castleton tideswell chinley hayfield somercotes codnor ironville pinxton tibshelf",
  "chapel-en-le-frith nottingham nottinghamshire leicester leicestershire",
  "rutland lincoln lincolnshire mansfield worksop newark sheffield stoke stafford staffordshire burton",
  "uttoxeter loughborough hinckley coalville melton harborough oakham wigston oadby blaby lutterworth",
  "corby kettering northampton northamptonshire wellingborough grantham skegness stamford spalding",
  "gainsborough birmingham manchester london leeds bristol liverpool coventry wolverhampton rotherham",
  "doncaster barnsley chesterfield peak district midlands england wales scotland britain ireland uk gb",
  "european english british welsh scottish irish cheshire yorkshire lancashire cumbria durham northumberland",
  "warwickshire worcestershire shropshire herefordshire gloucestershire oxfordshire buckinghamshire",
  "bedfordshire hertfordshire cambridgeshire norfolk suffolk essex kent surrey sussex hampshire berkshire",
  "wiltshire dorset somerset devon cornwall merseyside tyne wear humberside cleveland",
  "st saint darley",
  // Countries and holiday places a surname list also holds ("my brother has moved to Spain"); not
  // those that are given names too (India, Jordan, Georgia, Kenya, Chad, Israel) nor Holland
  "spain portugal france italy germany greece cyprus malta belgium switzerland austria sweden norway denmark",
  "finland poland romania bulgaria hungary croatia turkey egypt morocco tunisia dubai thailand vietnam pakistan",
  "bangladesh nigeria ghana zimbabwe jamaica barbados canada australia mexico brazil tenerife lanzarote majorca",
  "mallorca ibiza benidorm",
  // Religions, ethnicities and nationalities (special-category words, not people)
  "gypsy roma romany traveller travellers muslim christian sikh hindu jewish catholic protestant buddhist",
  "asian african caribbean pakistani indian bangladeshi polish romanian kurdish somali eritrean afghan",
  "syrian iraqi iranian albanian chinese vietnamese lithuanian latvian slovak czech ukrainian russian",
  // Organisations, teams, agencies and forms named in this work
  "council county borough police constabulary probation nhs hospital trust clinic surgery school academy",
  "college university magistrates crown prison hmp hmyoi hmpps ministry justice government office",
  "barnardo barnardos nspcc cafcass ofsted mash starting point first contact childrens social care team",
  "unit hub board partnership safeguarding panel conference committee centre center house royal",
  "crematorium cemetery hospice",
  "microsoft outlook teams excel word google gmail hotmail yahoo icloud zoom whatsapp facebook covid",
  // makers of the office's kit ("a laptop charger (black Dell, with a blue tag)")
  "dell lenovo acer asus",
  // Welsh words of the public services in bilingual signatures ("Gwasanaeth Carchardai a Phrawf Ei Fawrhydi")
  "gwasanaeth gwasanaethau carchardai carchar cef prawf phrawf cyngor heddlu swyddog rheolwr gweithiwr teulu ysgol ysbyty",
  "llywodraeth cymru fawrhydi gofal cymdeithasol plant oedolion diogelu swyddfa wrecsam abertawe caerdydd casnewydd",
  "dinas caerlyr secondiad symudol ffon",
  // and of everyday office mail in bilingual subjects ("Cinio Nadolig / Christmas lunch")
  "cinio nadolig cyfarfod cyfarfodydd hyfforddiant diolch newyddion croeso ystafell blynyddol adolygiad dyddiad gwaith",
  "known persons check risk notification strategy delivery protection working together",
  // Email furniture
  "dear hi hello hey thanks thank regards kind best wishes many cheers sincerely faithfully please",
  "congratulations congrats farewell condolences",
  "re fw fwd subject sent cc bcc attachment attached urgent official sensitive reminder update training",
  "meeting minutes agenda notes action actions request response referral invite invitation rota leave",
  "manager officer worker colleague colleagues everyone sir madam morning afternoon evening night",
  // Words of health job titles that no name list knows ("Paediatric Liaison", "Perinatal Lead")
  "liaison paediatric paediatrics neonatal perinatal antenatal postnatal midwifery safeguarding",
  // Calendar
  "january february march april june july august september october november december",
  "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday",
  "sunday mon tue tues wed weds thu thur thurs fri sat sun christmas easter ramadan eid diwali santa",
  // Acronyms of the trade
  "kpc crn nhs pnc cro dob rtcn rtcn1 ddscp iom nps crc cps camhs cmht gp mappa marac lado icpc rcpc",
  "cin cp lac cla sgo ehcp send yot yjs dwp hmrc dvla ni pdu ppu iro dsl pcso dc ds di dci pc ps",
  "oasys ndelius delius nomis cse cce fgm dv dva idva isva mosaic ref tel mob dept ltd plc",
  // Function words (capitalised at the start of a sentence)
  "the a an and or of in on at to for from by with about as is are was were be been has have had",
  "would can could should might must not no yes this that these those his her their our your my he",
  "she they we you i it its who whom whose which what when where why how all any some each every",
  "other another such only also just now then there here today tomorrow yesterday per via etc",
  "further following",
  // "I" with a contraction ("I've explained", "I'll ask"): the writer, never a name; so with other pronouns
  "i've i'm i'll i'd i\u2019ve i\u2019m i\u2019ll i\u2019d",
  "they've they'll they'd they're we've we'll we'd we're you've you'll you'd you're he'll she'll it'll",
  // the same written without the apostrophe in text-speak ("kez cant do thurs")
  "cant wont dont didnt doesnt isnt wasnt arent werent couldnt shouldnt wouldnt aint",
].join(" ");
