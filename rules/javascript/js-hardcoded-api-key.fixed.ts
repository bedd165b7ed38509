export class MapsClient {
  // ruleid: js-hardcoded-api-key
  private readonly key: string = process.env.KEY ?? '';

  // ok: js-hardcoded-api-key
  private readonly endpoint: string = 'https://maps.googleapis.com/maps/api/geocode/json';

  url(address: string): string {
    return `${this.endpoint}?address=${encodeURIComponent(address)}&key=${this.key}`;
  }
}
