export { TrainingBanner } from './TrainingBanner';
export { TrainingPage } from './TrainingPage';
export { WalkthroughPanel } from './WalkthroughPanel';
export { PresentationModeToggle } from './PresentationModeToggle';
export { usePresentationModeEffect } from './usePresentationMode';
