import { describe, expect, it } from 'vitest';
import {
  excerptParts,
  foldLigatures,
  htmlForIndex,
  indexedPart,
  joinElisions,
  matchedWords,
  restoreLigatures,
  searchQuery,
  splitElisions,
} from './search-text.ts';

describe('splitElisions', () => {
  it('separates elided articles and pronouns from the next word', () => {
    expect(splitElisions('les séries d’animation de l’entreprise')).toBe('les séries d’ animation de l’ entreprise');
    expect(splitElisions('L’Usine, jusqu’au bout, qu’il')).toBe('L’ Usine, jusqu’ au bout, qu’ il');
    expect(splitElisions("l'image")).toBe('l’ image');
  });

  it('leaves other apostrophes alone', () => {
    expect(splitElisions('aujourd’hui, rock’n’roll')).toBe('aujourd’hui, rock’n’roll');
    expect(splitElisions('l’ ')).toBe('l’ ');
  });
});

describe('joinElisions', () => {
  it('restores the text that was split, marks included', () => {
    expect(joinElisions('séries d’ animation')).toBe('séries d’animation');
    expect(joinElisions('séries d’ <mark>animation</mark>')).toBe('séries d’<mark>animation</mark>');
    expect(joinElisions(splitElisions('L’Usine Nouvelle de l’image'))).toBe('L’Usine Nouvelle de l’image');
  });
});

describe('htmlForIndex', () => {
  it('splits elisions in text, not in tags or attributes', () => {
    expect(htmlForIndex('<p title="l’image">l’image de <em>l’Union</em></p>')).toBe(
      '<p title="l’image">l’ image de <em>l’ Union</em> </p>',
    );
  });

  it('puts a space between adjacent tags, so that their words stay apart', () => {
    expect(htmlForIndex('<dl><dt>Implantation</dt><dd>Tourcoing</dd></dl>')).toBe(
      '<dl> <dt>Implantation</dt> <dd>Tourcoing</dd> </dl>',
    );
  });
});

describe('indexedPart', () => {
  const page = (head: string, body: string) =>
    `<!DOCTYPE html><html lang="en" dir="ltr"><head>${head}</head><body><header><nav><a href="/">Home</a></nav></header>${body}<footer>Contact</footer></body></html>`;

  it('keeps the html start tag and everything from the first indexed element on', () => {
    expect(
      indexedPart(
        page(
          '<title>Ankama</title><style>p{}</style>',
          '<main><article class="a" data-pagefind-body><h1>Ankama</h1></article></main>',
        ),
      ),
    ).toBe(
      '<!DOCTYPE html><html lang="en" dir="ltr"><head></head><body><article class="a" data-pagefind-body><h1>Ankama</h1></article></main><footer>Contact</footer></body></html>',
    );
  });

  it('leaves a page whole when it has nothing to index', () => {
    const list = page('<title>News</title>', '<main><h1>News</h1></main>');
    expect(indexedPart(list)).toBe(list);
  });

  it('leaves a page whole when what precedes the indexed element holds its title (an h1), a weight, an ignore="all" or an upper-case filter', () => {
    for (const before of [
      '<header><h1>Ankama</h1></header>',
      '<div data-pagefind-weight="5">',
      '<div data-pagefind-ignore="all">',
      "<section data-pagefind-ignore='all'>",
      '<nav DATA-PAGEFIND-FILTER="year:2009">Menu</nav>',
    ]) {
      const tagged = page('<title>Ankama</title>', `${before}<main data-pagefind-body><p>Studio</p></main>`);
      expect(indexedPart(tagged)).toBe(tagged);
    }
  });

  it('leaves a page whole when what precedes the indexed element carries metadata, a filter or a sort key', () => {
    for (const attribute of [
      'data-pagefind-meta="type:Member"',
      'data-pagefind-filter="year:2009"',
      'data-pagefind-sort="date:2009-07-02"',
    ]) {
      const tagged = page(`<meta ${attribute} content="x">`, '<article data-pagefind-body><h1>Ankama</h1></article>');
      expect(indexedPart(tagged)).toBe(tagged);
    }
  });

  it('cuts before an ignored region, which Pagefind skips wherever it is', () => {
    expect(
      indexedPart('<html lang="fr"><nav data-pagefind-ignore>Menu</nav><div data-pagefind-body>Texte</div></html>'),
    ).toBe('<!DOCTYPE html><html lang="fr"><head></head><body><div data-pagefind-body>Texte</div></html>');
  });
});

describe('ligatures', () => {
  it('are written as two letters in the index, the words so changed listed in the page’s metadata', () => {
    expect(
      htmlForIndex('<article data-pagefind-body><h1>L’œuvre</h1><p>Cœur, sœurs et Lætitia ; une œuvre.</p></article>'),
    ).toBe(
      '<article data-pagefind-body data-pagefind-meta="ligatures:Cœur Lætitia sœurs œuvre"> <h1>L’ oeuvre</h1> <p>Coeur, soeurs et Laetitia ; une oeuvre.</p> </article>',
    );
  });

  it('leave a page without ligatures as it was', () => {
    expect(htmlForIndex('<main data-pagefind-body><p>Le coefficient</p></main>')).toBe(
      '<main data-pagefind-body> <p>Le coefficient</p> </main>',
    );
  });

  it('are written as two letters in the query, in either case', () => {
    expect(foldLigatures('ŒUVRE Æ')).toBe('OEUVRE AE');
    expect(searchQuery('l’œuvre de Lætitia')).toBe('l’ oeuvre de Laetitia');
    expect(searchQuery('coeur')).toBe('coeur');
  });

  it('read the same apostrophe, straight or curly, in the query', () => {
    expect(searchQuery("aujourd'hui")).toBe('aujourd’hui');
    expect(searchQuery("l'œuvre")).toBe('l’ oeuvre');
  });

  it('come back as the page writes them in excerpts and titles, the rest unchanged', () => {
    const ligatures = 'Cœur Lætitia sœurs œuvre';
    expect(restoreLigatures('Le Coeur et la coeur de Laetitia', ligatures)).toBe('Le Cœur et la coeur de Lætitia');
    expect(excerptParts('son <mark>oeuvre</mark> « Coeur de Noël »', ligatures)).toEqual([
      { text: 'son ', match: false },
      { text: 'œuvre', match: true },
      { text: ' « Cœur de Noël »', match: false },
    ]);
    expect(restoreLigatures('une oeuvre', undefined)).toBe('une oeuvre');
  });
});

describe('searchQuery', () => {
  it('trims and collapses spaces', () => {
    expect(searchQuery('  serious   game ')).toBe('serious game');
  });

  it('looks for the singular of plurals in -x, which Pagefind does not stem', () => {
    expect(searchQuery('jeux video')).toBe('jeu video');
    expect(searchQuery('Réseaux')).toBe('Réseau');
    expect(searchQuery('prix eux')).toBe('prix eux');
  });

  it('splits elisions like the index does', () => {
    expect(searchQuery('l’animation')).toBe('l’ animation');
  });
});

describe('excerptParts', () => {
  it('splits an excerpt into plain and matched parts', () => {
    expect(excerptParts('le jeu en ligne <mark>Dofus.</mark> Ankama')).toEqual([
      { text: 'le jeu en ligne ', match: false },
      { text: 'Dofus.', match: true },
      { text: ' Ankama', match: false },
    ]);
  });

  it('decodes what Pagefind escaped, so that no text is ever read as HTML', () => {
    expect(excerptParts('a &lt;script&gt; <mark>b</mark>')).toEqual([
      { text: 'a <script> ', match: false },
      { text: 'b', match: true },
    ]);
  });

  it('joins elisions back', () => {
    expect(excerptParts('séries d’ <mark>animation</mark>').map((p) => p.text)).toEqual(['séries d’', 'animation']);
  });
});

describe('matchedWords', () => {
  it('gives each matched word once, lower-cased, without punctuation', () => {
    const parts = excerptParts('<mark>Serious</mark> <mark>games,</mark> et <mark>serious</mark> <mark>games.</mark>');
    expect(matchedWords(parts)).toEqual(['serious', 'games']);
  });
});
