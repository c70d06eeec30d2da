export * from './catalogue';
export * from './explain';
export * from './termMessages';
export * from './countryNames';
export * from './albanianCountryNames';
export * from './citations';
