export class MapsClient {
  // ruleid: js-hardcoded-api-key
  private readonly key: string = 'AIzaEXAMPLEexample0123456789abcdefghijk';

  // ok: js-hardcoded-api-key
  private readonly endpoint: string = 'https://maps.googleapis.com/maps/api/geocode/json';

  url(address: string): string {
    return `${this.endpoint}?address=${encodeURIComponent(address)}&key=${this.key}`;
  }
}
