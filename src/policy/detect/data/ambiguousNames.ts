/**
 * Names that are also everyday English words but are written capitalised more often than not, so the frequency list above misses them.
 * Generated data: see README.md in this folder for sources and licences. Lower-case, ASCII-folded,
 * space-separated; split once at load.
 */
export const AMBIGUOUS_NAMES =
  "amber april art ash august autumn baker banks baron bell best bill bird bishop black bliss brook brooks brown buck bud bush charity chase chip constance cook cross crystal daisy dawn dean destiny don drew duke dusty earl eve faith felicity field ford fox frank gates gay gene ginger grace green guy hale hall harmony hart hazel heather hero hill holly honor honour hope house hunter iris ivy jack jade jewel joy june king knight lamb lane law liberty lily little long love lucky major mann mark marsh marshall mason max may mercy miles miller mills more moss nash nick noble norman north olive page park parsons pat patience pearl penny pierce pike poppy porter post potter power price prince prudence queen rain ray reed rice rich river rivers rob rose rowan ruby rush rusty sage sandy scout shaw short sky small sonny spring star sterling stone storm street strong sue summer sunny swan sweet verity violet wade ward west white will willow winter wise wood woods young";
