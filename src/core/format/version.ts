/** The format this editor writes. Older versions are migrated on load; newer ones are refused. */
export const CURRENT_FORMAT_VERSION = 3;
export const FORMAT_NAME = 'genogram';
