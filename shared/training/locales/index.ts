export { trainingEn, type TrainingCatalogue } from './en';
