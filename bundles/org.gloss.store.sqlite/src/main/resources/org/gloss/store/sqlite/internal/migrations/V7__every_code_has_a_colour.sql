-- Schema version 7: every code has a colour. Codes made without one (gloss code add without
-- --color, coding import, QDPX without colours, merge) were all drawn the same grey. They get the
-- colours of the palette (org.gloss.core.project.CodePalette, in the same order), in code order,
-- each the palette colour fewest codes have, the earliest on a tie: the rule the store follows
-- for every new code. A colour c used by u codes offers the slots (u, c), (u + 1, c), ...; taking
-- slots in (depth, place) order is taking, one code at a time, the least used colour. The
-- colours are worked out before any code changes (an UPDATE would see its own changes).
CREATE TEMP TABLE new_code_colours AS
WITH RECURSIVE
    palette(place, color) AS (VALUES (0, '#E69F00'), (1, '#56B4E9'), (2, '#009E73'), (3, '#F0E442'), (4, '#0072B2'), (5, '#D55E00'),
                                (6, '#CC79A7'), (7, '#882255'), (8, '#999933'), (9, '#332288'), (10, '#44AA99'), (11, '#DDCC77')),
    uses(place, used) AS (
        SELECT p.place, (SELECT count(*) FROM codes c WHERE upper(c.color) = p.color) FROM palette p),
    depths(depth) AS (
        SELECT 0 UNION ALL SELECT depth + 1 FROM depths WHERE depth < (SELECT count(*) FROM codes)),
    slots(color, n) AS (
        SELECT p.color, row_number() OVER (ORDER BY d.depth, p.place)
        FROM palette p JOIN uses u ON u.place = p.place JOIN depths d ON d.depth >= u.used),
    colourless(id, n) AS (SELECT id, row_number() OVER (ORDER BY id) FROM codes WHERE color IS NULL)
SELECT x.id, s.color FROM colourless x JOIN slots s ON s.n = x.n;
UPDATE codes SET color = (SELECT n.color FROM new_code_colours n WHERE n.id = codes.id) WHERE color IS NULL;
DROP TABLE new_code_colours;
