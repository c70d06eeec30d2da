export { TrainingBanner } from './TrainingBanner';
export { TrainingPage } from './TrainingPage';
export { WALKTHROUGH_WIDTH, WalkthroughPanel, useWalkthroughShown } from './WalkthroughPanel';
export { PresentationModeToggle } from './PresentationModeToggle';
export { usePresentationModeEffect } from './usePresentationMode';
