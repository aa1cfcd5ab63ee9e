/** One choosable record in a picker: its id (sent to the API) and its name (shown, and echoed in the outcome). */
export interface PickerItem {
  id: string;
  name: string;
}
