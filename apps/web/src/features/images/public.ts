// What other modules may use of the images module (nothing else of its insides).
export { resetChoices } from './images-state';
