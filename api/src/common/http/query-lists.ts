// Query parameters that take several values as one comma-separated list: ?status=planned,on_hold
export const commaList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : value;

export const commaNumbers = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value.split(',').map((v) => Number(v.trim()))
    : value;

export const booleanFlag = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;
