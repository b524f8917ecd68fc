# Review additions (lines added after every item existed and its gold was re-read), by item key. Writer AE.
from lib import *

EXTRA = {
  'ner-news-banibangou': [
    D('NERCVL', None, 'Thousands of villagers have fled to the towns', loc='Tillabéri', d=None, s=False, note='background, vague')],
  'tur-news-kahramankazan': [
    K('TURCVL', 2, 'Among the dead were a taxi driver whose car the attackers had seized and a security guard', by='TURGOV', s=False, note='sub-count of the 5')],
  'bfa-news-convoy': [
    D('BFACVL', None, 'tens of thousands of people who fled the violence', loc='Djibo', d=None, cum=True, s=False, note='background, vague')],
  'tjk-news-khorog': [
    K('TJKCVL', None, 'Residents said the dead included unarmed protesters', actor='TJKMIL', s=False, note="residents' competing account of the same dead")],
  'lbn-news-tyre': [
    D('LBNCVL', None, 'Tens of thousands of people on both sides have left their homes in border villages', loc=None, d=None, cum=True, s=False, note='background, vague, both sides')],
}
