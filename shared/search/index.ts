export * from './foldText';
export * from './phoneticKey';
export * from './nameSearchKeys';
export * from './numberTails';
