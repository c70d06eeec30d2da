export { trainingEn, type TrainingCatalogue } from './en';
export { trainingFr } from './fr';
export { trainingNl } from './nl';
export { trainingSq } from './sq';
