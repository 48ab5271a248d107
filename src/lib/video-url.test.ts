import { describe, expect, it } from 'vitest';
import { videoPageUrl, videoSite } from './video-url.ts';

describe('videoSite', () => {
  it('names YouTube, Vimeo and Dailymotion from their usual addresses', () => {
    expect(videoSite('https://www.youtube.com/watch?v=abcDEF12345')).toBe('YouTube');
    expect(videoSite('https://youtu.be/abcDEF12345')).toBe('YouTube');
    expect(videoSite('https://www.youtube-nocookie.com/embed/abcDEF12345')).toBe('YouTube');
    expect(videoSite('https://vimeo.com/123456')).toBe('Vimeo');
    expect(videoSite('https://player.vimeo.com/video/123456')).toBe('Vimeo');
    expect(videoSite('https://www.dailymotion.com/video/x7abcd')).toBe('Dailymotion');
    expect(videoSite('https://dai.ly/x7abcd')).toBe('Dailymotion');
  });

  it('refuses other sites, look-alike hosts, plain http and a site’s home page', () => {
    expect(videoSite('https://example.org/video.mp4')).toBeUndefined();
    expect(videoSite('https://youtube.com.example.org/watch?v=a')).toBeUndefined();
    expect(videoSite('http://www.youtube.com/watch?v=abcDEF12345')).toBeUndefined();
    expect(videoSite('https://vimeo.com/')).toBeUndefined();
    expect(videoSite('www.youtube.com/watch?v=abc')).toBeUndefined();
  });
});

describe('videoPageUrl', () => {
  it('turns an embedded player’s address into the video’s page', () => {
    expect(videoPageUrl('https://www.youtube-nocookie.com/embed/XXXXXXXXXXX')).toBe(
      'https://www.youtube.com/watch?v=XXXXXXXXXXX',
    );
    expect(videoPageUrl('https://www.youtube.com/embed/abc-DEF_123?start=30')).toBe(
      'https://www.youtube.com/watch?v=abc-DEF_123',
    );
    expect(videoPageUrl('https://player.vimeo.com/video/76979871?h=8272103f6e')).toBe('https://vimeo.com/76979871');
    expect(videoPageUrl('https://www.dailymotion.com/embed/video/x7tgad0')).toBe(
      'https://www.dailymotion.com/video/x7tgad0',
    );
  });

  it('leaves any other address as it is', () => {
    expect(videoPageUrl('https://vimeo.com/123456')).toBe('https://vimeo.com/123456');
    expect(videoPageUrl('https://example.org/embed/abc')).toBe('https://example.org/embed/abc');
  });
});
